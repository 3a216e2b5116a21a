import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { notificationService } from '@backstage/plugin-notifications-node';
import { signalsServiceRef } from '@backstage/plugin-signals-node';
import { workspacesPermissions } from '@oqullus/plugin-workspaces-common';
import {
  workspacePermissionResourceRef,
  workspacePermissionRules,
} from '@oqullus/plugin-workspaces-node';
import { AccountRoles } from './access/AccountRoles';
import { resolveCaller } from './access/Caller';
import { WorkspaceAccess } from './access/WorkspaceAccess';
import { AccountRegistry } from './account/AccountRegistry';
import { readAccountConfig } from './account/readAccountConfig';
import { DatabaseWorkspacesDatabase } from './database/DatabaseWorkspacesDatabase';
import { migrateWorkspacesDatabase } from './database/migrateWorkspacesDatabase';
import { addAccountRoutes } from './router/accountRoutes';
import { createRouter } from './router/createRouter';
import { AccountResourcesService } from './service/AccountResourcesService';
import { EventBroadcaster } from './service/EventBroadcaster';
import { loadAccessResources } from './service/loadAccessResources';
import { WorkspaceNotifier } from './service/WorkspaceNotifier';
import { WorkspaceService } from './service/WorkspaceService';

/**
 * The workspaces backend plugin: account registry, workspace lifecycle, REST API,
 * events and permissions. This file only wires things together.
 *
 * @public
 */
export const workspacesPlugin = createBackendPlugin({
  pluginId: 'workspaces',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        database: coreServices.database,
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        userInfo: coreServices.userInfo,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        auditor: coreServices.auditor,
        urlReader: coreServices.urlReader,
        signals: signalsServiceRef,
        notifications: notificationService,
      },
      async init(deps) {
        const knex = await deps.database.getClient();
        if (!deps.database.migrations?.skip) {
          await migrateWorkspacesDatabase(knex);
        }
        const database = new DatabaseWorkspacesDatabase(knex);

        deps.permissionsRegistry.addPermissions(workspacesPermissions);
        deps.permissionsRegistry.addResourceType({
          resourceRef: workspacePermissionResourceRef,
          permissions: workspacesPermissions.filter(p => p.type === 'resource'),
          rules: Object.values(workspacePermissionRules),
          getResources: ids => loadAccessResources(database, ids),
        });

        const accountRoles = AccountRoles.fromConfig(deps.config);
        const accountRegistry = new AccountRegistry({
          database,
          configResources: readAccountConfig(deps.config),
          stackTemplateRoots:
            deps.config.getOptionalStringArray(
              'workspaces.stackTemplateRoots',
            ) ?? [],
          urlReader: deps.urlReader,
        });
        const appBaseUrl = deps.config.getString('app.baseUrl');
        const access = new WorkspaceAccess(
          deps.permissions,
          deps.permissionsRegistry.getPermissionRuleset(
            workspacePermissionResourceRef,
          ),
        );
        const workspaces = new WorkspaceService({
          database,
          access,
          accountRoles,
          accountResources: accountRegistry,
          broadcaster: new EventBroadcaster(deps.signals, deps.logger),
          notifier: new WorkspaceNotifier(
            deps.notifications,
            deps.logger,
            workspace => `${appBaseUrl}/workspaces/${workspace.id}`,
          ),
          logger: deps.logger,
          clock: () => new Date(),
        });

        const callerOf = async (
          request: Parameters<typeof deps.httpAuth.credentials>[0],
        ) =>
          resolveCaller(
            await deps.httpAuth.credentials(request, {
              allow: ['user', 'service'],
            }),
            { userInfo: deps.userInfo, accountRoles },
          );
        deps.httpRouter.use(
          await createRouter({
            workspaces,
            auditor: deps.auditor,
            httpAuth: deps.httpAuth,
            callerOf,
            addAccountRoutes: router =>
              addAccountRoutes(router, {
                account: new AccountResourcesService(
                  accountRegistry,
                  database,
                  access,
                ),
                auditor: deps.auditor,
                callerOf,
              }),
          }),
        );
      },
    });
  },
});
