import { createPermissionResourceRef } from '@backstage/plugin-permission-node';
import { WORKSPACE_RESOURCE_TYPE } from '@oqullus/plugin-workspaces-common';
import type { WorkspaceAccessResource } from './workspaceAccessResource';
import type { WorkspaceFilterCondition } from './workspaceFilter';

/**
 * The `workspace` permission resource of the workspaces plugin.
 *
 * @public
 */
export const workspacePermissionResourceRef = createPermissionResourceRef<
  WorkspaceAccessResource,
  WorkspaceFilterCondition
>().with({ pluginId: 'workspaces', resourceType: WORKSPACE_RESOURCE_TYPE });
