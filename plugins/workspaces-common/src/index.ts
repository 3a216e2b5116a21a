/**
 * The domain shared by every Oqullus Workspaces package: types, the
 * lifecycle machine, validation, permissions and signal channels.
 *
 * @packageDocumentation
 */

export {
  workspaceStatuses,
  workspaceStatusLabels,
  approvalAllowsInfrastructure,
  approvalStates,
  approvalStateLabels,
} from './lifecycle/statuses';
export type { WorkspaceStatus, ApprovalState } from './lifecycle/statuses';
export type {
  paths as WorkspacesApiPaths,
  components as WorkspacesApiComponents,
  operations as WorkspacesApiOperations,
} from './generated/openapi';
export { workspaceListSorts } from './types/workspaceListSort';
export type { WorkspaceListSort, SortOrder } from './types/workspaceListSort';
export {
  workspaceOperations,
  workspaceOperationLabels,
  operationToJob,
} from './lifecycle/operations';
export type { WorkspaceOperation } from './lifecycle/operations';
export { actorRoles, resolveActorRole } from './lifecycle/roles';
export type { ActorRole, AccountRole, ActorRoleFacts } from './lifecycle/roles';
export {
  decideOperation,
  allowedOperations,
} from './lifecycle/decideOperation';
export type {
  OperationDecision,
  OperationDecisionInput,
  OperationRefusalCode,
  WorkspaceDecisionContext,
} from './lifecycle/decideOperation';
export {
  isInOperationAudience,
  policyRefusal,
} from './lifecycle/policyRefusal';
export { creationNeedsApproval } from './lifecycle/creationApproval';
export {
  statusWhenJobStarts,
  statusWhenJobEnds,
} from './lifecycle/transitions';
export type { JobOutcome } from './lifecycle/transitions';

export type {
  Workspace,
  WorkspaceApproval,
  WorkspaceProvisioning,
  WorkspaceApp,
  WorkspaceAppStatus,
} from './types/workspace';
export { memberRoles, memberRoleLabels } from './types/member';
export type { MemberRole, WorkspaceMember } from './types/member';
export { accountResourceKinds } from './types/account';
export type {
  AccountResourceKind,
  AccountResourceValidation,
  AccountResourceBase,
  AccountResource,
  AccountResourceByKind,
  SecretReference,
  StackTemplate,
  StackTemplateInputs,
  StackTemplateInputProperty,
  CloudCredential,
  CloudProvider,
  StateStorage,
  StateStorageKind,
  Network,
} from './types/account';
export { jobOperationLabels, isActiveJobStatus } from './types/job';
export type {
  JobOperation,
  JobStatus,
  JobStep,
  JobStepStatus,
  Job,
  JobSummary,
  KeptState,
} from './types/job';
export type { StateLockView } from './types/stateLock';
export type {
  WorkspaceResource,
  WorkspaceResourceList,
} from './types/workspaceResource';
export { workspaceEventTypes } from './types/event';
export type {
  WorkspaceEvent,
  WorkspaceEventBase,
  WorkspaceEventType,
  WorkspaceEventDataByType,
  WorkspaceEventLevel,
} from './types/event';

export {
  workspaceNameSchema,
  WORKSPACE_NAME_RULES,
} from './validation/workspaceName';
export { descriptionSchema, DESCRIPTION_RULES } from './validation/description';
export {
  generateExternalWorkspaceId,
  EXTERNAL_ID_RULES,
} from './validation/externalWorkspaceId';
export { ACCOUNT_RESOURCE_NAME_RULES } from './validation/accountResourceName';
export { entityRefSchema } from './validation/entityRef';
export {
  accountResourceRequestSchemas,
  isIpv4Cidr,
} from './validation/accountResources';
export type { ParsedAccountResourceRequest } from './validation/accountResources';
export type {
  AccountResourceRequest,
  AccountResourceRequestByKind,
  ApprovalDecision,
  ChangeMemberRoleRequest,
  CreateWorkspaceRequest,
  OperationRequest,
  UpdateWorkspaceRequest,
} from './types/requests';
export {
  createWorkspaceRequestSchema,
  updateWorkspaceRequestSchema,
} from './validation/workspaceRequests';
export { changeMemberRoleRequestSchema } from './validation/memberRequests';
export {
  approvalDecisionSchema,
  APPROVAL_COMMENT_MAX_LENGTH,
} from './validation/approvalDecision';
export {
  operationRequestSchema,
  requestableOperations,
} from './validation/operationRequest';
export { formatZodIssues } from './validation/formatZodIssues';
export type { ValidationIssues } from './validation/formatZodIssues';

export {
  WORKSPACE_RESOURCE_TYPE,
  workspaceCreatePermission,
  workspaceCreateOnBehalfPermission,
  workspaceApprovalSkipPermission,
  workspaceReadPermission,
  workspaceUpdatePermission,
  workspaceDeletePermission,
  workspaceOperatePermission,
  workspaceApprovePermission,
  workspaceStateReadPermission,
  workspaceStatePushPermission,
  workspaceStateUnlockPermission,
  accountReadPermission,
  accountManagePermission,
  workspacesPermissions,
} from './permissions';
export { WORKSPACES_SIGNAL_CHANNEL, workspaceSignalChannel } from './signals';
export type {
  WorkspaceSignal,
  WorkspaceSignalKind,
  WorkspacesChangedSignal,
} from './signals';
export { WorkspacesClient } from './client/WorkspacesClient';
export type { WorkspacesClientOptions } from './client/WorkspacesClient';
export type { WorkspacesApi } from './client/WorkspacesApi';
export type {
  WorkspacesRequestOptions,
  ListWorkspacesOptions,
  CreateWorkspaceOptions,
  ListWorkspaceEventsOptions,
  GetJobLogOptions,
} from './client/options';
export type {
  AllowedOperations,
  WorkspaceWithAllowedOperations,
  WorkspaceWithQueuedJob,
  WorkspaceList,
  WorkspaceReference,
  AccountResourceWithUsage,
  AccountResourceList,
  WorkspaceMemberList,
  WorkspaceEventPage,
  JobList,
  JobAccepted,
  JobLogChunk,
  JobLogPage,
  KeptStatePushResult,
} from './client/responses';
