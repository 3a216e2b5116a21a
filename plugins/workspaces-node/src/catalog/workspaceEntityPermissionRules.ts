import type { EntitiesSearchFilter } from '@backstage/plugin-catalog-node';
import { catalogEntityPermissionResourceRef } from '@backstage/plugin-catalog-node/alpha';
import type { PermissionCriteria } from '@backstage/plugin-permission-common';
import { createPermissionRule } from '@backstage/plugin-permission-node';
import { z } from 'zod';
import {
  isWorkspaceEntityKind,
  WORKSPACE_ENTITY_TYPE,
} from './workspaceEntityConventions';

const claimsSchema = z
  .array(z.string())
  .describe('Entity refs of users and groups, compared without case');

const lowerCased = (refs: unknown): string[] =>
  Array.isArray(refs)
    ? refs
        .filter((ref): ref is string => typeof ref === 'string')
        .map(ref => ref.toLocaleLowerCase('en-US'))
    : [];

const overlaps = (claims: string[], refs: unknown) => {
  const wanted = lowerCased(claims);
  return lowerCased(refs).some(ref => wanted.includes(ref));
};

/**
 * Allows the catalog entities of workspaces (`kind: Resource`, `spec.type: workspace`);
 * a policy negates it to leave every other entity alone.
 *
 * @public
 */
export const isWorkspaceEntity = createPermissionRule({
  name: 'IS_WORKSPACE_ENTITY',
  description:
    'Allow catalog entities that are Oqullus workspaces (kind Resource, spec.type workspace)',
  resourceRef: catalogEntityPermissionResourceRef,
  apply: entity => isWorkspaceEntityKind(entity),
  toQuery: (): PermissionCriteria<EntitiesSearchFilter> => ({
    allOf: [
      { key: 'kind', values: ['resource'] },
      { key: 'spec.type', values: [WORKSPACE_ENTITY_TYPE] },
    ],
  }),
});

/**
 * Allows workspace entities whose `spec.owner` is one of the claims.
 *
 * @public
 */
export const isWorkspaceEntityOwner = createPermissionRule({
  name: 'IS_WORKSPACE_ENTITY_OWNER',
  description:
    'Allow workspace entities owned by one of the given users or groups',
  resourceRef: catalogEntityPermissionResourceRef,
  paramsSchema: z.object({ claims: claimsSchema }),
  apply: (entity, { claims }) =>
    isWorkspaceEntityKind(entity) && overlaps(claims, [entity.spec?.owner]),
  toQuery: ({ claims }) => ({
    allOf: [
      { key: 'spec.type', values: [WORKSPACE_ENTITY_TYPE] },
      { key: 'spec.owner', values: claims },
    ],
  }),
});

/**
 * Allows workspace entities that list one of the claims in `spec.members`.
 *
 * @public
 */
export const hasWorkspaceEntityMember = createPermissionRule({
  name: 'HAS_WORKSPACE_ENTITY_MEMBER',
  description:
    'Allow workspace entities where one of the given users or groups is a member, in any role',
  resourceRef: catalogEntityPermissionResourceRef,
  paramsSchema: z.object({ claims: claimsSchema }),
  apply: (entity, { claims }) =>
    isWorkspaceEntityKind(entity) && overlaps(claims, entity.spec?.members),
  toQuery: ({ claims }) => ({
    allOf: [
      { key: 'spec.type', values: [WORKSPACE_ENTITY_TYPE] },
      { key: 'spec.members', values: claims },
    ],
  }),
});

/**
 * The catalog permission rules for workspace entities, which the catalog module
 * registers with the catalog.
 *
 * @public
 */
export const workspaceEntityPermissionRules = {
  isWorkspaceEntity,
  isWorkspaceEntityOwner,
  hasWorkspaceEntityMember,
};
