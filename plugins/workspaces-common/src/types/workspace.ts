import type { components } from '../generated/openapi';

/**
 * Who asked for a workspace to be approved, and who decided. Times are ISO
 * 8601 strings, people are entity refs.
 *
 * @public
 */
export type WorkspaceApproval = components['schemas']['WorkspaceApproval'];

/**
 * The account resources a workspace is built from, each by name; a null or
 * absent network means the template creates one.
 *
 * @public
 */
export type WorkspaceProvisioning =
  components['schemas']['WorkspaceProvisioning'];

/**
 * Where one application stack of a workspace stands.
 *
 * @public
 */
export type WorkspaceAppStatus = WorkspaceApp['status'];

/**
 * One application stack of the workspace's template, as deployed there.
 *
 * @public
 */
export type WorkspaceApp = components['schemas']['WorkspaceApp'];

/**
 * An isolated environment with its own infrastructure, apps and members.
 * This is the JSON wire format of the OpenAPI spec: times are ISO 8601 strings.
 *
 * @public
 */
export type Workspace = components['schemas']['Workspace'];
