/**
 * The domain shared by every Oqullus Workspaces package: types, the
 * lifecycle machine, validation, permissions and signal channels.
 *
 * @packageDocumentation
 */

export {
  workspaceStatuses,
  workspaceStatusLabels,
  isLiveStatus,
  approvalAllowsInfrastructure,
  approvalStates,
  approvalStateLabels,
} from './lifecycle/statuses';
export type { WorkspaceStatus, ApprovalState } from './lifecycle/statuses';
export { workspaceListSorts } from './types/workspaceListSort';
export type { WorkspaceListSort, SortOrder } from './types/workspaceListSort';
export {
  workspaceOperations,
  workspaceOperationLabels,
  operationToJob,
} from './lifecycle/operations';
export type { WorkspaceOperation } from './lifecycle/operations';
export {
  actorRoles,
  actorRoleLabels,
  resolveActorRole,
} from './lifecycle/roles';
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
export { creationNeedsApproval } from './lifecycle/creationApproval';
export {
  statusWhenJobStarts,
  statusWhenJobEnds,
  canTransition,
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
  AccountResourceOrigin,
  AccountResourceValidation,
  AccountResourceBase,
  AccountResource,
  AccountResourceByKind,
  SecretReference,
  StackTemplate,
  StackTemplateSource,
  StackTemplateInputs,
  StackTemplateInputProperty,
  StackTemplateApp,
  CloudCredential,
  CloudProvider,
  StateStorage,
  StateStorageKind,
  Network,
} from './types/account';
export {
  jobOperations,
  jobOperationLabels,
  jobStatuses,
  isActiveJobStatus,
} from './types/job';
export type {
  JobOperation,
  JobStatus,
  JobStep,
  JobStepStatus,
  Job,
  JobSummary,
  KeptState,
} from './types/job';
export type { StateLockView, StaleStateLockReason } from './types/stateLock';
export type {
  WorkspaceResource,
  WorkspaceResourceList,
  WorkspaceResourceSource,
} from './types/workspaceResource';
export { workspaceEventTypes } from './types/event';
export type {
  WorkspaceEvent,
  WorkspaceEventBase,
  WorkspaceEventType,
  WorkspaceEventOfType,
  WorkspaceEventDataByType,
  WorkspaceEventLevel,
  EmptyEventData,
  JobEventData,
  MemberEventData,
} from './types/event';

export {
  workspaceNameSchema,
  WORKSPACE_NAME_MIN_LENGTH,
  WORKSPACE_NAME_MAX_LENGTH,
  WORKSPACE_NAME_PATTERN,
  WORKSPACE_NAME_RULES,
} from './validation/workspaceName';
export {
  descriptionSchema,
  DESCRIPTION_MAX_LENGTH,
  DESCRIPTION_RULES,
} from './validation/description';
export {
  externalWorkspaceIdSchema,
  generateExternalWorkspaceId,
  EXTERNAL_ID_MIN_LENGTH,
  EXTERNAL_ID_MAX_LENGTH,
  EXTERNAL_ID_PATTERN,
  EXTERNAL_ID_RULES,
} from './validation/externalWorkspaceId';
export {
  accountResourceNameSchema,
  ACCOUNT_RESOURCE_NAME_MAX_LENGTH,
  ACCOUNT_RESOURCE_NAME_PATTERN,
  ACCOUNT_RESOURCE_NAME_RULES,
} from './validation/accountResourceName';
export { entityRefSchema } from './validation/entityRef';
export {
  stackTemplateRequestSchema,
  cloudCredentialRequestSchema,
  stateStorageRequestSchema,
  networkRequestSchema,
  accountResourceRequestSchemas,
  isIpv4Cidr,
} from './validation/accountResources';
export type {
  AccountResourceRequest,
  ParsedAccountResourceRequest,
} from './validation/accountResources';
export {
  createWorkspaceRequestSchema,
  updateWorkspaceRequestSchema,
  workspaceProvisioningSchema,
} from './validation/workspaceRequests';
export type {
  CreateWorkspaceRequest,
  ParsedCreateWorkspaceRequest,
  UpdateWorkspaceRequest,
} from './validation/workspaceRequests';
export {
  memberRoleSchema,
  addMemberRequestSchema,
  changeMemberRoleRequestSchema,
} from './validation/memberRequests';
export type {
  AddMemberRequest,
  ChangeMemberRoleRequest,
} from './validation/memberRequests';
export {
  approvalDecisionSchema,
  APPROVAL_COMMENT_MAX_LENGTH,
} from './validation/approvalDecision';
export type { ApprovalDecision } from './validation/approvalDecision';
export {
  operationRequestSchema,
  requestableOperations,
} from './validation/operationRequest';
export type {
  OperationRequest,
  RequestableOperation,
} from './validation/operationRequest';
export { formatZodIssues } from './validation/formatZodIssues';
export type { ValidationIssues } from './validation/formatZodIssues';

export {
  WORKSPACE_RESOURCE_TYPE,
  workspaceCreatePermission,
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
