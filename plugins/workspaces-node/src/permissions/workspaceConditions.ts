import { createConditionExports } from '@backstage/plugin-permission-node';
import { workspacePermissionResourceRef } from './workspacePermissionResourceRef';
import { workspacePermissionRules } from './workspacePermissionRules';

const exported = createConditionExports({
  resourceRef: workspacePermissionResourceRef,
  rules: workspacePermissionRules,
});

/**
 * Conditions for permission policies, e.g. `workspaceConditions.isWorkspaceOwner({ claims })`.
 *
 * @public
 */
export const workspaceConditions = exported.conditions;

/**
 * Turns workspace conditions into a conditional policy decision.
 *
 * @public
 */
export const createWorkspaceConditionalDecision =
  exported.createConditionalDecision;
