import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { workspaceEntityPermissionRules } from '@oqullus/plugin-workspaces-node';
import { WorkspaceRelationsProcessor } from './provider/WorkspaceRelationsProcessor';
import { WorkspacesEntityProvider } from './provider/WorkspacesEntityProvider';

/**
 * Adds the Oqullus Workspaces entity provider to the catalog, the processor that
 * relates workspace entities to their account resources, and the catalog permission
 * rules that let a policy show workspace entities only to the workspace's readers.
 *
 * @public
 */
export const catalogModuleWorkspaces = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'workspaces',
  register(reg) {
    reg.registerInit({
      deps: {
        catalog: catalogProcessingExtensionPoint,
        permissionsRegistry: coreServices.permissionsRegistry,
        config: coreServices.rootConfig,
        discovery: coreServices.discovery,
        auth: coreServices.auth,
        logger: coreServices.logger,
        scheduler: coreServices.scheduler,
      },
      async init({
        catalog,
        permissionsRegistry,
        config,
        discovery,
        auth,
        logger,
        scheduler,
      }) {
        catalog.addEntityProvider(
          WorkspacesEntityProvider.create({
            config,
            discovery,
            auth,
            logger,
            scheduler,
          }),
        );
        catalog.addProcessor(new WorkspaceRelationsProcessor());
        permissionsRegistry.addPermissionRules(
          Object.values(workspaceEntityPermissionRules),
        );
      },
    });
  },
});
