/**
 * Catalog backend module that surfaces Oqullus Workspaces account resources
 * and workspaces as `kind: Resource` entities.
 *
 * @packageDocumentation
 */

export { catalogModuleWorkspaces as default } from './module';
export { WorkspacesEntityProvider } from './provider/WorkspacesEntityProvider';
