/**
 * Oqullus Workspaces pages for Backstage apps on the legacy frontend system,
 * and the API and components both systems share.
 *
 * @packageDocumentation
 */

export {
  workspacesPlugin,
  WorkspacesPage,
  EntityWorkspaceContent,
  EntityWorkspacesUsingResourceCard,
  WorkspaceTemplateInputsFieldExtension,
} from './plugin';
export { workspacesApiRef } from './api';
export { rootRouteRef } from './routes';
export { StatusChip } from './components/shared/StatusChip';
export { WorkspacesAccountSidebarItem } from './components/nav/WorkspacesAccountSidebarItem';
export {
  isWorkspaceEntity,
  isAccountResourceEntity,
} from './components/entity/entityFilters';
export type {
  WorkspaceTemplateInputsUiOptions,
  WorkspaceTemplateInputsValue,
} from './components/scaffolder/workspaceTemplateInputsOptions';
