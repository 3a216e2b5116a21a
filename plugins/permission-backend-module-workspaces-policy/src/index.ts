/**
 * A ready permission policy for portals running Oqullus Workspaces.
 *
 * @packageDocumentation
 */
export { workspacesPolicyModule as default } from './module';
export { WorkspacesPermissionPolicy } from './WorkspacesPermissionPolicy';
export type { TeamMembers } from './TeamMembers';
