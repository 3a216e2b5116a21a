/**
 * Extension points, service refs and permission resources for modules of the Oqullus
 * Workspaces backend, and for permission policies that decide on workspaces.
 *
 * @packageDocumentation
 */
export type { WorkspaceFilterCondition } from './permissions/workspaceFilter';
export type { WorkspaceAccessResource } from './permissions/workspaceAccessResource';
export { workspacePermissionResourceRef } from './permissions/workspacePermissionResourceRef';
export {
  isWorkspaceOwner,
  isWorkspaceMember,
  hasWorkspaceStatus,
  workspacePermissionRules,
} from './permissions/workspacePermissionRules';
export {
  workspaceConditions,
  createWorkspaceConditionalDecision,
} from './permissions/workspaceConditions';
export type {
  StepAction,
  StepBackend,
  StepRequest,
  StepResourceEvent,
  StepDiagnosticEvent,
  StepChangeSummaryEvent,
  StepEvent,
  StepHooks,
  StepOutcome,
  StepChanges,
  StepResult,
  WorkspaceStepExecutor,
} from './executor/WorkspaceStepExecutor';
export type { WorkspacesExecutorExtensionPoint } from './executor/workspacesExecutorExtensionPoint';
export { workspacesExecutorExtensionPoint } from './executor/workspacesExecutorExtensionPoint';
export { readAccountRoleHolders } from './roles/readAccountRoleHolders';
export { readServiceGrants } from './roles/readServiceGrants';
export type { TeamLead } from './roles/readTeamLeads';
export { readTeamLeads } from './roles/readTeamLeads';
export type { WorkspaceEntitySpec } from './catalog/workspaceEntityConventions';
export {
  WORKSPACE_ENTITY_TYPE,
  isWorkspaceEntityKind,
} from './catalog/workspaceEntityConventions';
export {
  isWorkspaceEntity,
  isWorkspaceEntityOwner,
  hasWorkspaceEntityMember,
  workspaceEntityPermissionRules,
} from './catalog/workspaceEntityPermissionRules';
export {
  workspaceEntityConditions,
  createWorkspaceEntityConditionalDecision,
} from './catalog/workspaceEntityConditions';
