import type {
  AuditorService,
  AuthService,
  HttpRouterService,
  LoggerService,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import type { ResourcePermission } from '@backstage/plugin-permission-common';
import {
  workspaceStateReadPermission,
  workspaceStateUnlockPermission,
} from '@oqullus/plugin-workspaces-common';
import type { Knex } from 'knex';
import { resolveCaller, type Caller } from '../access/Caller';
import type { AccountRoles } from '../access/AccountRoles';
import type { WorkspaceAccess } from '../access/WorkspaceAccess';
import { DatabaseWorkspacesDatabase } from '../database/DatabaseWorkspacesDatabase';
import type { EventBroadcaster } from '../publishing/EventBroadcaster';
import { loadAccessResources } from '../service/loadAccessResources';
import { recordForcedUnlock } from '../service/recordForcedUnlock';
import { auditForceUnlock } from '../state/auditForceUnlock';
import { createStateRouter } from '../state/createStateRouter';
import { DatabaseJobCredentialStore } from '../state/DatabaseJobCredentialStore';
import type { StateStore } from '../state/StateStore';

/**
 * Serves the built-in Terraform state at /state. Terraform authenticates with HTTP
 * Basic, which Backstage's own auth does not understand, so the route is open to
 * Backstage and the state router checks every request itself.
 */
export function mountStateRouter(deps: {
  knex: Knex;
  store: StateStore;
  httpRouter: HttpRouterService;
  auth: AuthService;
  userInfo: UserInfoService;
  auditor: AuditorService;
  logger: LoggerService;
  clock: () => Date;
  api: {
    access: WorkspaceAccess;
    accountRoles: AccountRoles;
    broadcaster: EventBroadcaster;
  };
}) {
  const { store } = deps;
  const jobCredentials = new DatabaseJobCredentialStore(deps.knex);
  const database = new DatabaseWorkspacesDatabase(deps.knex);
  const allowsOnWorkspace =
    (permission: ResourcePermission<'workspace'>) =>
    async (caller: Caller, workspaceId: string) => {
      const [resource] = await loadAccessResources(database, [workspaceId]);
      if (!resource) return false;
      const policy = await deps.api.access.policyFor(caller);
      return policy.allows(permission, resource);
    };
  deps.httpRouter.addAuthPolicy({ path: '/state', allow: 'unauthenticated' });
  deps.httpRouter.use(
    createStateRouter({
      store,
      jobCredentials,
      auth: deps.auth,
      resolveCaller: credentials =>
        resolveCaller(credentials, {
          userInfo: deps.userInfo,
          accountRoles: deps.api.accountRoles,
        }),
      workspaceExists: async workspaceId =>
        (await database.stores.workspaces.get(workspaceId)) !== undefined,
      canReadState: allowsOnWorkspace(workspaceStateReadPermission),
      mayForceUnlock: allowsOnWorkspace(workspaceStateUnlockPermission),
      audit: auditForceUnlock(deps.auditor),
      onForceUnlocked: recordForcedUnlock(
        database.stores.events,
        deps.api.broadcaster,
      ),
      logger: deps.logger,
      clock: deps.clock,
    }),
  );
  return { store, jobCredentials };
}
