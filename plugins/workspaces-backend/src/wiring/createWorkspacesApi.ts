import type {
  AuditorService,
  AuthService,
  HttpAuthService,
  LoggerService,
  PermissionsRegistryService,
  PermissionsService,
  RootConfigService,
  UrlReaderService,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import type { NotificationService } from '@backstage/plugin-notifications-node';
import type { SignalsService } from '@backstage/plugin-signals-node';
import {
  readServiceGrants,
  workspacePermissionResourceRef,
} from '@oqullus/plugin-workspaces-node';
import { AccountRoles } from '../access/AccountRoles';
import { resolveCaller } from '../access/Caller';
import { WorkspaceAccess } from '../access/WorkspaceAccess';
import { withServiceGrants } from '../access/withServiceGrants';
import { AccountRegistry } from '../account/AccountRegistry';
import { readAccountConfig } from '../account/readAccountConfig';
import type { WorkspacesDatabase } from '../database/WorkspacesDatabase';
import type { StateStore } from '../state/StateStore';
import { addAccountRoutes } from '../router/accountRoutes';
import { createRouter } from '../router/createRouter';
import type { AnyApiRequest } from '../router/RouterDeps';
import { AccountResourcesService } from '../service/AccountResourcesService';
import { EventBroadcaster } from '../publishing/EventBroadcaster';
import { StoredWorkspaceReaders } from '../publishing/WorkspaceReaders';
import { CatalogMemberDirectory } from '../service/MemberDirectory';
import type { DisplayNames } from '../publishing/EntityDisplayNames';
import { WorkspaceNotifier } from '../publishing/WorkspaceNotifier';
import { WorkspaceService } from '../service/WorkspaceService';

/** The REST API and the services behind it. */
export async function createWorkspacesApi(deps: {
  config: RootConfigService;
  logger: LoggerService;
  httpAuth: HttpAuthService;
  auth: AuthService;
  catalog: CatalogService;
  userInfo: UserInfoService;
  permissions: PermissionsService;
  permissionsRegistry: PermissionsRegistryService;
  auditor: AuditorService;
  urlReader: UrlReaderService;
  signals?: SignalsService;
  notifications?: NotificationService;
  /** Where notifications read people's and groups' names. */
  displayNames?: DisplayNames;
  database: WorkspacesDatabase;
  stateStore: StateStore;
  clock: () => Date;
}) {
  const { config, database } = deps;
  const accountRoles = AccountRoles.fromConfig(config);
  const stackTemplateRoots =
    config.getOptionalStringArray('workspaces.stackTemplateRoots') ?? [];
  const registry = new AccountRegistry({
    database,
    configResources: readAccountConfig(config),
    stackTemplateRoots,
    urlReader: deps.urlReader,
  });
  const access = new WorkspaceAccess(
    withServiceGrants(deps.permissions, readServiceGrants(config)),
    deps.permissionsRegistry.getPermissionRuleset(
      workspacePermissionResourceRef,
    ),
  );
  const appBaseUrl = config.getString('app.baseUrl');
  const broadcaster = new EventBroadcaster(
    deps.signals,
    deps.logger,
    new StoredWorkspaceReaders(database, accountRoles),
  );
  const notifier = new WorkspaceNotifier(
    deps.notifications,
    deps.logger,
    workspace => `${appBaseUrl}/workspaces/${workspace.id}`,
    deps.displayNames,
  );
  const workspaces = new WorkspaceService({
    database,
    access,
    accountRoles,
    accountResources: registry,
    memberDirectory: new CatalogMemberDirectory({
      catalog: deps.catalog,
      auth: deps.auth,
      logger: deps.logger,
    }),
    stateStore: deps.stateStore,
    broadcaster,
    auditor: deps.auditor,
    notifier,
    logger: deps.logger,
    clock: deps.clock,
  });
  const callerOf = async (request: AnyApiRequest) =>
    resolveCaller(
      await deps.httpAuth.credentials(request, { allow: ['user', 'service'] }),
      { userInfo: deps.userInfo, accountRoles },
    );
  const router = await createRouter({
    workspaces,
    auditor: deps.auditor,
    httpAuth: deps.httpAuth,
    callerOf,
    addAccountRoutes: routes =>
      addAccountRoutes(routes, {
        account: new AccountResourcesService(registry, database, access),
        auditor: deps.auditor,
        callerOf,
      }),
  });
  return {
    router,
    registry,
    access,
    accountRoles,
    broadcaster,
    notifier,
    stackTemplateRoots,
  };
}
