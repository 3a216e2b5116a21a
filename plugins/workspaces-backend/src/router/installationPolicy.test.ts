import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import type { TestDatabaseId } from '@backstage/backend-test-utils';
import {
  AuthorizeResult,
  isPermission,
  type PolicyDecision,
} from '@backstage/plugin-permission-common';
import type {
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import { WorkspacesPermissionPolicy } from '@oqullus/plugin-permission-backend-module-workspaces-policy';
import {
  workspaceApprovalSkipPermission,
  workspaceCreateOnBehalfPermission,
  workspaceDeletePermission,
  workspaceOperatePermission,
} from '@oqullus/plugin-workspaces-common';
import {
  createWorkspaceConditionalDecision,
  workspaceConditions,
} from '@oqullus/plugin-workspaces-node';
import { exampleOrg } from '../testing/exampleOrg';
import { aCreateRequest } from '../testing/startWorkspacesTestBackend';
import {
  provisionableTeamWorkspace,
  requestTeamWorkspace,
  startOnDatabase,
} from '../testing/teamWorkspace';
import {
  createTestDatabases,
  expectPostgresInCI,
} from '../testing/testDatabases';

jest.setTimeout(120_000);

/** The group the installation trusts to delete its own workspaces; dana is in it. */
const trustedDevelopers = 'group:default/data-engineering';

/**
 * An installation's own policy on top of ours: members of one group may delete the
 * workspaces they own, and oscar may create workspaces for any owner without
 * approval (wider than ours); but he may not run jobs, even as an operator
 * (narrower than ours).
 */
class InstallationPolicy implements PermissionPolicy {
  constructor(private readonly ours: PermissionPolicy) {}

  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    const claims = user?.info.ownershipEntityRefs ?? [];
    const { permission } = request;
    if (
      isPermission(permission, workspaceDeletePermission) &&
      claims.includes(trustedDevelopers)
    ) {
      return createWorkspaceConditionalDecision(
        permission,
        workspaceConditions.isWorkspaceOwner({ claims }),
      );
    }
    if (claims.includes(exampleOrg.operatorMember.ref)) {
      if (isPermission(permission, workspaceOperatePermission)) {
        return { result: AuthorizeResult.DENY };
      }
      if (
        isPermission(permission, workspaceCreateOnBehalfPermission) ||
        isPermission(permission, workspaceApprovalSkipPermission)
      ) {
        return { result: AuthorizeResult.ALLOW };
      }
    }
    return this.ours.handle(request, user);
  }
}

const installationPolicyModule = createBackendModule({
  pluginId: 'permission',
  moduleId: 'installation-policy',
  register(reg) {
    reg.registerInit({
      deps: { config: coreServices.rootConfig, policy: policyExtensionPoint },
      async init({ config, policy }) {
        policy.setPolicy(
          new InstallationPolicy(WorkspacesPermissionPolicy.fromConfig(config)),
        );
      },
    });
  },
});

describe("an installation's own permission policy decides alone", () => {
  const databases = createTestDatabases();
  expectPostgresInCI(databases);

  describe.each(databases.eachSupportedId())('on %s', databaseId => {
    const withOurs = (id: TestDatabaseId) => startOnDatabase(databases, id);
    const withTheirs = (id: TestDatabaseId) =>
      startOnDatabase(databases, id, { policy: installationPolicyModule });

    it('lets a developer of the trusted group delete the workspace they own, which ours refuses', async () => {
      const ours = await withOurs(databaseId);
      const oursId = await requestTeamWorkspace(ours);
      const refused = await ours
        .as('developer')
        .delete(`/workspaces/${oursId}`);
      expect(refused.status).toBe(403);
      expect(refused.body.error.message).toBe(
        'Delete needs the Account Owner or Admin role; you are the owner of this workspace: ask an Account Owner or Admin to do it',
      );

      const theirs = await withTheirs(databaseId);
      const id = await requestTeamWorkspace(theirs);
      const view = await theirs.as('developer').get(`/workspaces/${id}`);
      expect(view.body.allowedOperations.delete).toEqual({ allowed: true });
      const deleted = await theirs.as('developer').delete(`/workspaces/${id}`);
      expect(deleted.status).toBe(202);
      expect(deleted.body.job).toMatchObject({
        operation: 'destroy',
        requestedBy: exampleOrg.developer.ref,
      });
    });

    it('still refuses the delete to whoever its condition leaves out', async () => {
      const theirs = await withTheirs(databaseId);
      const id = await requestTeamWorkspace(theirs);
      // amy is the workspace's admin, but not in the trusted group nor its owner.
      const refused = await theirs
        .as('adminMember')
        .delete(`/workspaces/${id}`);
      expect(refused.status).toBe(403);
      expect(refused.body.error.message).toBe(
        'Delete needs the Account Owner or Admin role; you are a workspace admin: ask an Account Owner or Admin to do it',
      );
    });

    it("narrows too: an operator ours lets run jobs is refused, in the policy's words", async () => {
      const ours = await withOurs(databaseId);
      const oursId = await provisionableTeamWorkspace(ours);
      const queued = await ours
        .as('operatorMember')
        .post(`/workspaces/${oursId}/operations`)
        .send({ operation: 'provision' });
      expect(queued.status).toBe(202);

      const theirs = await withTheirs(databaseId);
      const id = await provisionableTeamWorkspace(theirs);
      const refused = await theirs
        .as('operatorMember')
        .post(`/workspaces/${id}/operations`)
        .send({ operation: 'provision' });
      expect(refused.status).toBe(403);
      expect(refused.body.error.message).toBe(
        "Provision Infrastructure is not allowed for you on this workspace by the portal's permission policy; ask an Account Owner or Admin",
      );
    });

    it('lets someone it trusts create for others without approval, which ours refuses', async () => {
      const forAnalytics = aCreateRequest({
        name: 'For analytics',
        owner: 'group:default/analytics',
      });
      const ours = await withOurs(databaseId);
      const refused = await ours
        .as('operatorMember')
        .post('/workspaces')
        .send(forAnalytics);
      expect(refused.status).toBe(403);
      expect(refused.body.error.message).toBe(
        'owner: you may create workspaces owned by yourself or a group you belong to, not by group:default/analytics',
      );
      const ownWaits = await ours
        .as('operatorMember')
        .post('/workspaces')
        .send(aCreateRequest());
      expect(ownWaits.status).toBe(201);
      expect(ownWaits.body.approval.state).toBe('pending');

      const theirs = await withTheirs(databaseId);
      const created = await theirs
        .as('operatorMember')
        .post('/workspaces')
        .send(forAnalytics);
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        owner: 'group:default/analytics',
        approval: { state: 'not-required' },
        job: { operation: 'provision', status: 'queued' },
      });
    });
  });
});
