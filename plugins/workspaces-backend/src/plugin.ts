import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { notificationService } from '@backstage/plugin-notifications-node';
import { signalsServiceRef } from '@backstage/plugin-signals-node';
import {
  workspacesExecutorExtensionPoint,
  type WorkspaceStepExecutor,
} from '@oqullus/plugin-workspaces-node';
import { DatabaseWorkspacesDatabase } from './database/DatabaseWorkspacesDatabase';
import { migrateWorkspacesDatabase } from './database/migrateWorkspacesDatabase';
import { DatabaseStateStore } from './state/DatabaseStateStore';
import { TerraformStepExecutor } from './executor';
import { createJobRunner } from './runner/createJobRunner';
import { CatalogDisplayNames } from './publishing/EntityDisplayNames';
import { readRunnerOptions } from './runner/RunnerOptions';
import { createWorkspacesApi } from './wiring/createWorkspacesApi';
import { mountStateRouter } from './wiring/mountStateRouter';
import { registerWorkspacePermissions } from './wiring/registerWorkspacePermissions';

/**
 * The workspaces backend plugin: account registry, workspace lifecycle, REST API,
 * events, permissions, the job runner and the built-in Terraform state backend. This
 * file only wires things together.
 *
 * @public
 */
export const workspacesPlugin = createBackendPlugin({
  pluginId: 'workspaces',
  register(env) {
    let customExecutor: WorkspaceStepExecutor | undefined;
    env.registerExtensionPoint(workspacesExecutorExtensionPoint, {
      setExecutor(executor) {
        if (customExecutor) {
          throw new Error('A workspaces executor was already installed');
        }
        customExecutor = executor;
      },
    });

    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        database: coreServices.database,
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        auth: coreServices.auth,
        userInfo: coreServices.userInfo,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        auditor: coreServices.auditor,
        urlReader: coreServices.urlReader,
        discovery: coreServices.discovery,
        lifecycle: coreServices.lifecycle,
        rootLifecycle: coreServices.rootLifecycle,
        signals: signalsServiceRef,
        catalog: catalogServiceRef,
        notifications: notificationService,
      },
      async init(deps) {
        const knex = await deps.database.getClient();
        if (!deps.database.migrations?.skip) {
          await migrateWorkspacesDatabase(knex);
        }
        const database = new DatabaseWorkspacesDatabase(knex);
        const clock = () => new Date();
        registerWorkspacePermissions(deps.permissionsRegistry, database);

        const stateStore = new DatabaseStateStore(knex);
        const api = await createWorkspacesApi({
          ...deps,
          displayNames: new CatalogDisplayNames(
            deps.catalog,
            deps.auth,
            deps.logger,
          ),
          database,
          stateStore,
          clock,
        });
        // Before the JSON API: the state router reads Terraform's bodies byte for byte.
        const state = mountStateRouter({
          ...deps,
          knex,
          store: stateStore,
          api,
          clock,
        });
        deps.httpRouter.use(api.router);

        const options = readRunnerOptions(deps.config);
        const runner = createJobRunner({
          options,
          database,
          executor:
            customExecutor ??
            new TerraformStepExecutor({
              binary: options.terraformBinary,
              logger: deps.logger,
              workRoot: options.workDirectory,
            }),
          registry: api.registry,
          stateStore: state.store,
          jobCredentials: state.jobCredentials,
          pluginBaseUrl: await deps.discovery.getBaseUrl('workspaces'),
          stackTemplateRoots: api.stackTemplateRoots,
          urlReader: deps.urlReader,
          broadcaster: api.broadcaster,
          notifier: api.notifier,
          logger: deps.logger,
          clock,
        });
        deps.lifecycle.addStartupHook(() => runner.start());
        // Before any plugin shuts down: Terraform, interrupted, saves its state through
        // this backend's state endpoint, which answers 503 once plugins shut down.
        deps.rootLifecycle.addBeforeShutdownHook(() => runner.stop());
      },
    });
  },
});
