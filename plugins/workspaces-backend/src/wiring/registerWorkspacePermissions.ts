import type { PermissionsRegistryService } from '@backstage/backend-plugin-api';
import { workspacesPermissions } from '@oqullus/plugin-workspaces-common';
import {
  workspacePermissionResourceRef,
  workspacePermissionRules,
} from '@oqullus/plugin-workspaces-node';
import type { WorkspacesDatabase } from '../database/WorkspacesDatabase';
import { loadAccessResources } from '../service/loadAccessResources';

/** The plugin's permissions, and the `workspace` resource type with its rules. */
export function registerWorkspacePermissions(
  permissionsRegistry: PermissionsRegistryService,
  database: WorkspacesDatabase,
): void {
  permissionsRegistry.addPermissions(workspacesPermissions);
  permissionsRegistry.addResourceType({
    resourceRef: workspacePermissionResourceRef,
    permissions: workspacesPermissions.filter(p => p.type === 'resource'),
    rules: Object.values(workspacePermissionRules),
    getResources: ids => loadAccessResources(database, ids),
  });
}
