import { resolveActorRole, type ActorRoleFacts } from './roles';
import type { ActorRole } from './roles';

describe('resolveActorRole', () => {
  it.each<[string, ActorRoleFacts, ActorRole]>([
    [
      'an account owner who is also a viewer',
      { accountRole: 'account-owner', isOwner: false, memberRole: 'viewer' },
      'account-owner',
    ],
    [
      'an admin who owns the workspace',
      { accountRole: 'admin', isOwner: true },
      'admin',
    ],
    [
      'the owner who is also a viewer',
      { accountRole: null, isOwner: true, memberRole: 'viewer' },
      'workspace-owner',
    ],
    [
      'a workspace admin',
      { isOwner: false, memberRole: 'admin' },
      'member-admin',
    ],
    [
      'an operator',
      { isOwner: false, memberRole: 'operator' },
      'member-operator',
    ],
    ['a viewer', { isOwner: false, memberRole: 'viewer' }, 'member-viewer'],
    [
      'someone with no tie to the workspace',
      { isOwner: false, memberRole: null },
      'none',
    ],
  ])('resolves %s', (_description, facts, role) => {
    expect(resolveActorRole(facts)).toBe(role);
  });
});
