import { ConfigReader } from '@backstage/config';
import {
  AuthorizeResult,
  createPermission,
} from '@backstage/plugin-permission-common';
import type { PolicyQueryUser } from '@backstage/plugin-permission-node';
import {
  accountManagePermission,
  accountReadPermission,
  workspaceApprovePermission,
  workspaceCreatePermission,
  workspaceDeletePermission,
  workspaceOperatePermission,
  workspaceReadPermission,
  workspaceStateReadPermission,
  workspaceUpdatePermission,
} from '@oqullus/plugin-workspaces-common';
import { WorkspacesPermissionPolicy } from './WorkspacesPermissionPolicy';

const policy = WorkspacesPermissionPolicy.fromConfig(
  new ConfigReader({
    workspaces: {
      roles: {
        accountOwners: ['group:default/platform-owners'],
        admins: ['Group:default/Platform-Admins'],
      },
    },
  }),
);

function userIn(...groups: string[]): PolicyQueryUser {
  const userEntityRef = 'user:default/someone';
  return {
    credentials: {} as PolicyQueryUser['credentials'],
    info: { userEntityRef, ownershipEntityRefs: [userEntityRef, ...groups] },
  };
}

const owner = userIn('group:default/platform-owners');
const admin = userIn('group:default/platform-admins');
const developer = userIn('group:default/data-engineering');

const catalogRead = createPermission({
  name: 'catalog.entity.read',
  attributes: { action: 'read' },
  resourceType: 'catalog-entity',
});
const catalogDelete = createPermission({
  name: 'catalog.entity.delete',
  attributes: { action: 'delete' },
  resourceType: 'catalog-entity',
});
const scaffolderTaskCreate = createPermission({
  name: 'scaffolder.task.create',
  attributes: { action: 'create' },
});

describe('WorkspacesPermissionPolicy', () => {
  const everything = [
    workspaceCreatePermission,
    workspaceReadPermission,
    workspaceUpdatePermission,
    workspaceDeletePermission,
    workspaceOperatePermission,
    workspaceApprovePermission,
    workspaceStateReadPermission,
    accountReadPermission,
    accountManagePermission,
    catalogRead,
    catalogDelete,
  ];

  it.each([
    ['Account Owner', owner],
    ['Admin (group ref matched case-insensitively)', admin],
  ])('allows an %s everything', async (_label, user) => {
    for (const permission of everything) {
      expect(await policy.handle({ permission }, user)).toEqual({
        result: AuthorizeResult.ALLOW,
      });
    }
  });

  it.each([
    [workspaceCreatePermission, AuthorizeResult.ALLOW],
    [accountReadPermission, AuthorizeResult.ALLOW],
    [scaffolderTaskCreate, AuthorizeResult.ALLOW],
    [catalogRead, AuthorizeResult.ALLOW],
    [workspaceApprovePermission, AuthorizeResult.DENY],
    [workspaceDeletePermission, AuthorizeResult.DENY],
    [accountManagePermission, AuthorizeResult.DENY],
    [catalogDelete, AuthorizeResult.DENY],
  ] as const)('gives everybody else %o -> %s', async (permission, result) => {
    expect((await policy.handle({ permission }, developer)).result).toBe(
      result,
    );
  });

  it.each([
    [workspaceReadPermission, ['admin', 'operator', 'viewer']],
    [workspaceOperatePermission, ['admin', 'operator']],
    [workspaceStateReadPermission, ['admin', 'operator']],
    [workspaceUpdatePermission, ['admin']],
  ] as const)(
    'lets owners and members with the right roles use %o',
    async (permission, roles) => {
      const claims = developer.info.ownershipEntityRefs;
      expect(await policy.handle({ permission }, developer)).toEqual({
        result: AuthorizeResult.CONDITIONAL,
        pluginId: 'workspaces',
        resourceType: 'workspace',
        conditions: {
          anyOf: [
            {
              rule: 'IS_WORKSPACE_OWNER',
              resourceType: 'workspace',
              params: { claims },
            },
            {
              rule: 'IS_WORKSPACE_MEMBER',
              resourceType: 'workspace',
              params: { claims, roles },
            },
          ],
        },
      });
    },
  );

  it('denies requests without a user', async () => {
    expect(
      (await policy.handle({ permission: workspaceReadPermission })).result,
    ).toBe(AuthorizeResult.DENY);
  });
});
