import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { WorkspacesEntityProvider } from './provider/WorkspacesEntityProvider';

/**
 * Adds the Oqullus Workspaces entity provider to the catalog.
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
        config: coreServices.rootConfig,
        discovery: coreServices.discovery,
        auth: coreServices.auth,
        logger: coreServices.logger,
        scheduler: coreServices.scheduler,
      },
      async init({ catalog, config, discovery, auth, logger, scheduler }) {
        catalog.addEntityProvider(
          WorkspacesEntityProvider.create({
            config,
            discovery,
            auth,
            logger,
            scheduler,
          }),
        );
      },
    });
  },
});
