import type { components } from '../generated/openapi';
import type { AccountResourceKind } from './account';

/**
 * A create-workspace request as a client sends it.
 *
 * @public
 */
export type CreateWorkspaceRequest =
  components['schemas']['CreateWorkspaceRequest'];

/**
 * The body of a request to rename a workspace, change its description or its
 * template input values; at least one field must be given.
 *
 * @public
 */
export type UpdateWorkspaceRequest =
  components['schemas']['UpdateWorkspaceRequest'];

/**
 * A request to run an operation that queues a job.
 *
 * @public
 */
export type OperationRequest = components['schemas']['OperationRequest'];

/**
 * The decision on a pending approval request; a rejection needs a comment.
 *
 * @public
 */
export type ApprovalDecision = components['schemas']['ApprovalDecision'];

/**
 * The body of a request that adds a member or changes its role.
 *
 * @public
 */
export type ChangeMemberRoleRequest =
  components['schemas']['ChangeMemberRoleRequest'];

/**
 * The request body of each account resource kind. The spec takes any of them on
 * `/account/{kind}`; this map is what the kind in the path asks for.
 *
 * @public
 */
export type AccountResourceRequestByKind = {
  'stack-templates': components['schemas']['StackTemplateRequest'];
  'cloud-credentials': components['schemas']['CloudCredentialRequest'];
  'state-storages': components['schemas']['StateStorageRequest'];
  networks: components['schemas']['NetworkRequest'];
};

/**
 * A register-or-replace request body as a client sends it.
 *
 * @public
 */
export type AccountResourceRequest<
  TKind extends AccountResourceKind = AccountResourceKind,
> = AccountResourceRequestByKind[TKind];
