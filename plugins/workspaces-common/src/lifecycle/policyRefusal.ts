import type { OperationDecision } from './decideOperation';
import type { WorkspaceOperation } from './operations';
import * as reasons from './refusalReasons';
import type { ActorRole } from './roles';

/**
 * Whom the product's wording addresses for each operation: approving and deleting
 * are account-wide decisions, running jobs is for whoever operates the workspace.
 * This does not decide who may: the permission policy does. It only picks the
 * sentence of a refusal the policy made.
 */
type OperationAudience = 'account-roles' | 'operators';

/**
 * The audience of each operation; the ready-made policy gives each operation to
 * exactly the roles of its audience.
 */
const operationAudiences: Readonly<
  Record<WorkspaceOperation, OperationAudience>
> = {
  provision: 'operators',
  'sync-infrastructure': 'operators',
  'sync-apps': 'operators',
  cancel: 'operators',
  delete: 'account-roles',
  approve: 'account-roles',
  reject: 'account-roles',
};

const ACCOUNT_ROLES: readonly ActorRole[] = ['account-owner', 'admin'];

const audienceRoles: Record<OperationAudience, readonly ActorRole[]> = {
  'account-roles': ACCOUNT_ROLES,
  operators: [
    ...ACCOUNT_ROLES,
    'workspace-owner',
    'member-admin',
    'member-operator',
  ],
};

/**
 * Whether the role belongs to the operation's audience, that is, whether the
 * ready-made policy gives the operation to it.
 *
 * @public
 */
export function isInOperationAudience(
  operation: WorkspaceOperation,
  actor: ActorRole,
): boolean {
  return audienceRoles[operationAudiences[operation]].includes(actor);
}

/**
 * The refusal to show when the permission policy did not allow an operation. The
 * actor's role only chooses the sentence: outside the operation's audience it names
 * the role needed and the role held; inside it (a policy narrower than ours), or for
 * a caller without a role (a service), it says the portal's policy refused.
 *
 * @public
 */
export function policyRefusal(
  operation: WorkspaceOperation,
  actor: ActorRole | null,
): OperationDecision & { allowed: false } {
  let reason: string;
  if (actor === null || isInOperationAudience(operation, actor)) {
    reason = reasons.notAllowedByPolicy(operation);
  } else if (operationAudiences[operation] === 'account-roles') {
    reason = reasons.needsAccountRole(operation, actor);
  } else {
    reason = reasons.needsOperatorRole(operation, actor);
  }
  return { allowed: false, code: 'forbidden', reason };
}
