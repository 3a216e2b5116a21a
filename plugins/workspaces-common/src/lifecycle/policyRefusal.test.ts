import type { WorkspaceOperation } from './operations';
import { isInOperationAudience, policyRefusal } from './policyRefusal';
import type { ActorRole } from './roles';

// Written by hand: the roles each operation's wording addresses, which are the
// roles the ready-made policy gives it to.
const OPERATORS: ActorRole[] = [
  'account-owner',
  'admin',
  'workspace-owner',
  'member-admin',
  'member-operator',
];
const ACCOUNT_ROLES: ActorRole[] = ['account-owner', 'admin'];
const audience: Record<WorkspaceOperation, ActorRole[]> = {
  provision: OPERATORS,
  'sync-infrastructure': OPERATORS,
  'sync-apps': OPERATORS,
  cancel: OPERATORS,
  delete: ACCOUNT_ROLES,
  approve: ACCOUNT_ROLES,
  reject: ACCOUNT_ROLES,
};
const ALL_ACTORS: ActorRole[] = [
  'account-owner',
  'admin',
  'workspace-owner',
  'member-admin',
  'member-operator',
  'member-viewer',
  'none',
];
const ACTOR_LABELS: Record<ActorRole, string> = {
  'account-owner': 'Account Owner',
  admin: 'Admin',
  'workspace-owner': 'owner of this workspace',
  'member-admin': 'workspace admin',
  'member-operator': 'operator',
  'member-viewer': 'viewer',
  none: 'not a member',
};

const cases = (Object.keys(audience) as WorkspaceOperation[]).flatMap(
  operation =>
    ALL_ACTORS.map(actor => ({
      operation,
      actor,
      inAudience: audience[operation].includes(actor),
    })),
);

describe('isInOperationAudience', () => {
  it.each(cases)(
    '$actor for $operation: $inAudience',
    ({ operation, actor, inAudience }) => {
      expect(isInOperationAudience(operation, actor)).toBe(inAudience);
    },
  );
});

describe('policyRefusal', () => {
  it.each(cases.filter(c => !c.inAudience))(
    'names the role needed and the role held when $actor is refused $operation',
    ({ operation, actor }) => {
      const refusal = policyRefusal(operation, actor);
      expect(refusal).toMatchObject({ allowed: false, code: 'forbidden' });
      expect(refusal.reason).toContain(ACTOR_LABELS[actor]);
      expect(refusal.reason).toContain(
        audience[operation] === ACCOUNT_ROLES
          ? 'needs the Account Owner or Admin role'
          : 'needs the operator role on this workspace',
      );
      expect(refusal.reason).not.toMatch(/undefined|\n|\.$/);
    },
  );

  it('words the refusal of a viewer and of an owner as they always read', () => {
    expect(policyRefusal('sync-apps', 'member-viewer').reason).toBe(
      'Sync Apps needs the operator role on this workspace; you are a viewer: ask the owner or a workspace admin to make you an operator',
    );
    expect(policyRefusal('provision', 'none').reason).toBe(
      'Provision Infrastructure needs the operator role on this workspace; you are not a member: ask the owner or a workspace admin to add you as an operator',
    );
    expect(policyRefusal('delete', 'workspace-owner').reason).toBe(
      'Delete needs the Account Owner or Admin role; you are the owner of this workspace: ask an Account Owner or Admin to do it',
    );
  });

  it.each(cases.filter(c => c.inAudience))(
    "says the portal's policy refused when $actor, whom the wording expects to $operation, is refused",
    ({ operation, actor }) => {
      expect(policyRefusal(operation, actor)).toEqual({
        allowed: false,
        code: 'forbidden',
        reason: expect.stringMatching(
          /is not allowed for you on this workspace by the portal's permission policy; ask an Account Owner or Admin$/,
        ),
      });
    },
  );

  it('says the policy refused a caller without a role, such as a service', () => {
    expect(policyRefusal('approve', null).reason).toBe(
      "Approve is not allowed for you on this workspace by the portal's permission policy; ask an Account Owner or Admin",
    );
  });
});
