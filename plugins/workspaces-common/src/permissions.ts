import { createPermission } from '@backstage/plugin-permission-common';

/**
 * The permission resource type of a workspace; policies can decide on it
 * with the backend's rules (is owner, is member, has status).
 *
 * @public
 */
export const WORKSPACE_RESOURCE_TYPE = 'workspace';

/**
 * Create a workspace. Not tied to a resource: the workspace does not exist yet.
 *
 * @public
 */
export const workspaceCreatePermission = createPermission({
  name: 'workspaces.workspace.create',
  attributes: { action: 'create' },
});

/**
 * Create a workspace for an owner the caller does not belong to (neither
 * themselves nor one of their groups). Asked together with
 * workspaceCreatePermission; a service names the owner of everything it creates,
 * so for services the create grant covers it.
 *
 * @public
 */
export const workspaceCreateOnBehalfPermission = createPermission({
  name: 'workspaces.create.onBehalf',
  attributes: { action: 'create' },
});

/**
 * Have a requested workspace start at once (its Provision job queued) instead of
 * waiting for approval. A stack template that requires approval still waits,
 * whoever requests it.
 *
 * @public
 */
export const workspaceApprovalSkipPermission = createPermission({
  name: 'workspaces.approval.skip',
  attributes: { action: 'create' },
});

/**
 * See a workspace, its members, jobs and events.
 *
 * @public
 */
export const workspaceReadPermission = createPermission({
  name: 'workspaces.workspace.read',
  attributes: { action: 'read' },
  resourceType: WORKSPACE_RESOURCE_TYPE,
});

/**
 * Change a workspace's name, description and members.
 *
 * @public
 */
export const workspaceUpdatePermission = createPermission({
  name: 'workspaces.workspace.update',
  attributes: { action: 'update' },
  resourceType: WORKSPACE_RESOURCE_TYPE,
});

/**
 * Delete a workspace: destroy its infrastructure and leave a tombstone.
 *
 * @public
 */
export const workspaceDeletePermission = createPermission({
  name: 'workspaces.workspace.delete',
  attributes: { action: 'delete' },
  resourceType: WORKSPACE_RESOURCE_TYPE,
});

/**
 * Run operations on a workspace: provision, sync, cancel a job.
 *
 * @public
 */
export const workspaceOperatePermission = createPermission({
  name: 'workspaces.workspace.operate',
  attributes: { action: 'update' },
  resourceType: WORKSPACE_RESOURCE_TYPE,
});

/**
 * Approve or reject a requested workspace.
 *
 * @public
 */
export const workspaceApprovePermission = createPermission({
  name: 'workspaces.workspace.approve',
  attributes: { action: 'update' },
  resourceType: WORKSPACE_RESOURCE_TYPE,
});

/**
 * Read a workspace's Terraform state and its versions, which can hold
 * sensitive values.
 *
 * @public
 */
export const workspaceStateReadPermission = createPermission({
  name: 'workspaces.state.read',
  attributes: { action: 'read' },
  resourceType: WORKSPACE_RESOURCE_TYPE,
});

/**
 * Push a Terraform state a job could not save (kept with the job) into the
 * workspace's state storage. It overwrites what the storage holds only with a
 * newer version of the same lineage, but it is still a change to the state
 * by hand: the ready-made policy gives it to Account Owners and Admins only.
 *
 * @public
 */
export const workspaceStatePushPermission = createPermission({
  name: 'workspaces.state.push',
  attributes: { action: 'update' },
  resourceType: WORKSPACE_RESOURCE_TYPE,
});

/**
 * Release a workspace's Terraform state lock by force (`terraform force-unlock`),
 * for a lock that a crashed run left behind.
 *
 * @public
 */
export const workspaceStateUnlockPermission = createPermission({
  name: 'workspaces.state.unlock',
  attributes: { action: 'update' },
  resourceType: WORKSPACE_RESOURCE_TYPE,
});

/**
 * See the account's stack templates, cloud credentials, state storages and
 * networks.
 *
 * @public
 */
export const accountReadPermission = createPermission({
  name: 'workspaces.account.read',
  attributes: { action: 'read' },
});

/**
 * Register, change, check and remove account resources.
 *
 * @public
 */
export const accountManagePermission = createPermission({
  name: 'workspaces.account.manage',
  attributes: { action: 'update' },
});

/**
 * Every permission of the workspaces plugin, for registering with the
 * permissions registry.
 *
 * @public
 */
export const workspacesPermissions = [
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
];
