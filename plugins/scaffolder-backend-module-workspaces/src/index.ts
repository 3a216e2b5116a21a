/**
 * Scaffolder actions that create, wait for, operate and delete Oqullus
 * workspaces as the user who runs the template.
 *
 * @packageDocumentation
 */

export { scaffolderModuleWorkspaces as default } from './module';
export { createWorkspacesCreateAction } from './actions/createWorkspacesCreateAction';
export { createWorkspacesWaitAction } from './actions/createWorkspacesWaitAction';
export { createWorkspacesOperateAction } from './actions/createWorkspacesOperateAction';
export { createWorkspacesDeleteAction } from './actions/createWorkspacesDeleteAction';
export type { WorkspacesActionsOptions } from './actions/WorkspacesActionsOptions';
