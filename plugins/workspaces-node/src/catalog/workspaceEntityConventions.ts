import type { Entity } from '@backstage/catalog-model';

/**
 * The `spec.type` of the `kind: Resource` entity the catalog module emits for each
 * workspace.
 *
 * @public
 */
export const WORKSPACE_ENTITY_TYPE = 'workspace';

/**
 * The fields of a workspace entity that decide who sees it in the catalog: the owner,
 * and the members (entity refs of users and groups, any role) in a list the catalog
 * indexes for queries.
 *
 * @public
 */
export type WorkspaceEntitySpec = {
  type: typeof WORKSPACE_ENTITY_TYPE;
  owner: string;
  members: string[];
};

/**
 * True for the catalog entity of a workspace, whichever case the catalog keeps.
 *
 * @public
 */
export function isWorkspaceEntityKind(entity: Entity): boolean {
  return (
    entity.kind.toLocaleLowerCase('en-US') === 'resource' &&
    entity.spec?.type === WORKSPACE_ENTITY_TYPE
  );
}
