import type { components } from '../generated/openapi';

/**
 * One resource instance Terraform manages (or reads) for a workspace: where it is and
 * what it is, never its attribute values, which can hold secrets.
 *
 * @public
 */
export type WorkspaceResource = components['schemas']['WorkspaceResource'];

/**
 * Where a resource list comes from: `state` is the built-in storage's current state;
 * `last-apply` is what the applies reported, for storages the portal cannot read.
 *
 * @public
 */
export type WorkspaceResourceSource = WorkspaceResourceList['source'];

/**
 * What listing a workspace's resources answers: the items and where they come from.
 *
 * @public
 */
export type WorkspaceResourceList =
  components['schemas']['WorkspaceResourceList'];
