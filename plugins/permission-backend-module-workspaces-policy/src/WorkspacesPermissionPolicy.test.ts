import { ConfigReader } from '@backstage/config';
import {
  AuthorizeResult,
  createPermission,
} from '@backstage/plugin-permission-common';
import type { PolicyQueryUser } from '@backstage/plugin-permission-node';
import {
  accountManagePermission,
  accountReadPermission,
  workspaceApprovalSkipPermission,
  workspaceApprovePermission,
  workspaceCreateOnBehalfPermission,
  workspaceCreatePermission,
  workspaceDeletePermission,
  workspaceOperatePermission,
  workspaceReadPermission,
  workspaceStateReadPermission,
  workspaceStateUnlockPermission,
  workspaceUpdatePermission,
} from '@oqullus/plugin-workspaces-common';
import type { TeamMembers } from './TeamMembers';
import { WorkspacesPermissionPolicy } from './WorkspacesPermissionPolicy';

const teamMembers: TeamMembers = {
  membersOf: async team =>
    team === 'group:default/data-engineering'
      ? ['user:default/tara.lead', 'user:default/dana.dev']
      : [],
};

const policy = WorkspacesPermissionPolicy.fromConfig(
  new ConfigReader({
    workspaces: {
      roles: {
        accountOwners: ['group:default/platform-owners'],
        admins: ['Group:default/Platform-Admins'],
        teamLeads: [
          {
            lead: 'User:default/Tara.Lead',
            teams: ['group:default/data-engineering'],
          },
        ],
      },
    },
  }),
  { teamMembers },
);

function userIn(
  groups: string[],
  userEntityRef = 'user:default/someone',
): PolicyQueryUser {
  return {
    credentials: {} as PolicyQueryUser['credentials'],
    info: { userEntityRef, ownershipEntityRefs: [userEntityRef, ...groups] },
  };
}

const owner = userIn(['group:default/platform-owners']);
const admin = userIn(['group:default/platform-admins']);
const developer = userIn(['group:default/data-engineering']);
const lead = userIn(
  ['group:default/data-engineering'],
  'user:default/tara.lead',
);
/** Tara, her team, and its other member: whose workspaces she reads as its lead. */
const ownersTaraReads = [
  'user:default/tara.lead',
  'group:default/data-engineering',
  'user:default/dana.dev',
];

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
    workspaceCreateOnBehalfPermission,
    workspaceApprovalSkipPermission,
    workspaceReadPermission,
    workspaceUpdatePermission,
    workspaceDeletePermission,
    workspaceOperatePermission,
    workspaceApprovePermission,
    workspaceStateReadPermission,
    workspaceStateUnlockPermission,
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
    [workspaceCreateOnBehalfPermission, AuthorizeResult.DENY],
    [workspaceApprovalSkipPermission, AuthorizeResult.DENY],
    [workspaceApprovePermission, AuthorizeResult.DENY],
    [workspaceDeletePermission, AuthorizeResult.DENY],
    [workspaceStateUnlockPermission, AuthorizeResult.DENY],
    [accountManagePermission, AuthorizeResult.DENY],
    [catalogDelete, AuthorizeResult.DENY],
  ] as const)('gives everybody else %o -> %s', async (permission, result) => {
    expect((await policy.handle({ permission }, developer)).result).toBe(
      result,
    );
  });

  const workspaceDecision = (
    owners: string[],
    claims: string[],
    roles: string[],
  ) => ({
    result: AuthorizeResult.CONDITIONAL,
    pluginId: 'workspaces',
    resourceType: 'workspace',
    conditions: {
      anyOf: [
        {
          rule: 'IS_WORKSPACE_OWNER',
          resourceType: 'workspace',
          params: { claims: owners },
        },
        {
          rule: 'IS_WORKSPACE_MEMBER',
          resourceType: 'workspace',
          params: { claims, roles },
        },
      ],
    },
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
      expect(await policy.handle({ permission }, developer)).toEqual(
        workspaceDecision(claims, claims, [...roles]),
      );
    },
  );

  it('lets a team lead read the workspaces of the team and of each of its members', async () => {
    const claims = lead.info.ownershipEntityRefs;
    expect(
      await policy.handle({ permission: workspaceReadPermission }, lead),
    ).toEqual(
      workspaceDecision(ownersTaraReads, claims, [
        'admin',
        'operator',
        'viewer',
      ]),
    );
  });

  it.each([
    [workspaceOperatePermission, ['admin', 'operator']],
    [workspaceStateReadPermission, ['admin', 'operator']],
    [workspaceUpdatePermission, ['admin']],
  ] as const)(
    "gives a team lead nothing more than their own role for %o on the team's workspaces",
    async (permission, roles) => {
      const claims = lead.info.ownershipEntityRefs;
      expect(await policy.handle({ permission }, lead)).toEqual(
        workspaceDecision(claims, claims, [...roles]),
      );
    },
  );

  it.each([
    [workspaceApprovePermission],
    [workspaceDeletePermission],
    [workspaceStateUnlockPermission],
    [accountManagePermission],
  ])('denies a team lead %o', async permission => {
    expect((await policy.handle({ permission }, lead)).result).toBe(
      AuthorizeResult.DENY,
    );
  });

  const entityDecision = (owners: string[], claims: string[]) => ({
    result: AuthorizeResult.CONDITIONAL,
    pluginId: 'catalog',
    resourceType: 'catalog-entity',
    conditions: {
      anyOf: [
        {
          not: {
            rule: 'IS_WORKSPACE_ENTITY',
            resourceType: 'catalog-entity',
          },
        },
        {
          rule: 'IS_WORKSPACE_ENTITY_OWNER',
          resourceType: 'catalog-entity',
          params: { claims: owners },
        },
        {
          rule: 'HAS_WORKSPACE_ENTITY_MEMBER',
          resourceType: 'catalog-entity',
          params: { claims },
        },
      ],
    },
  });

  it('shows everybody every catalog entity but the workspaces they may not read', async () => {
    const claims = developer.info.ownershipEntityRefs;
    expect(await policy.handle({ permission: catalogRead }, developer)).toEqual(
      entityDecision(claims, claims),
    );
  });

  it("shows a team lead the catalog entities of the team's workspaces too", async () => {
    const claims = lead.info.ownershipEntityRefs;
    expect(await policy.handle({ permission: catalogRead }, lead)).toEqual(
      entityDecision(ownersTaraReads, claims),
    );
  });

  it('looks up no team for someone who leads none', async () => {
    const membersOf = jest.fn(teamMembers.membersOf);
    const counting = WorkspacesPermissionPolicy.fromConfig(
      new ConfigReader({
        workspaces: {
          roles: {
            teamLeads: [
              {
                lead: 'user:default/tara.lead',
                teams: ['group:default/data-engineering'],
              },
            ],
          },
        },
      }),
      { teamMembers: { membersOf } },
    );
    await counting.handle({ permission: workspaceReadPermission }, developer);
    await counting.handle({ permission: catalogRead }, developer);
    expect(membersOf).not.toHaveBeenCalled();
    await counting.handle({ permission: workspaceReadPermission }, lead);
    expect(membersOf).toHaveBeenCalledWith('group:default/data-engineering');
  });

  it('denies requests without a user', async () => {
    expect(
      (await policy.handle({ permission: workspaceReadPermission })).result,
    ).toBe(AuthorizeResult.DENY);
  });
});
