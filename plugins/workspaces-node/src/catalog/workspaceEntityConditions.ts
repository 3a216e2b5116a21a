import { catalogEntityPermissionResourceRef } from '@backstage/plugin-catalog-node/alpha';
import { createConditionExports } from '@backstage/plugin-permission-node';
import { workspaceEntityPermissionRules } from './workspaceEntityPermissionRules';

const exported = createConditionExports({
  resourceRef: catalogEntityPermissionResourceRef,
  rules: workspaceEntityPermissionRules,
});

/**
 * Conditions on workspace entities for `catalog.entity.read` decisions, e.g.
 * `workspaceEntityConditions.isWorkspaceEntityOwner({ claims })`.
 *
 * @public
 */
export const workspaceEntityConditions = exported.conditions;

/**
 * Turns workspace entity conditions into a conditional decision for the catalog.
 *
 * @public
 */
export const createWorkspaceEntityConditionalDecision =
  exported.createConditionalDecision;
