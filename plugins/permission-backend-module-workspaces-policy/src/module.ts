import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import { CatalogTeamMembers } from './TeamMembers';
import { WorkspacesPermissionPolicy } from './WorkspacesPermissionPolicy';

/**
 * Installs WorkspacesPermissionPolicy as the permission backend's policy, with team
 * members read from the catalog.
 *
 * @public
 */
export const workspacesPolicyModule = createBackendModule({
  pluginId: 'permission',
  moduleId: 'workspaces-policy',
  register(reg) {
    reg.registerInit({
      deps: {
        config: coreServices.rootConfig,
        auth: coreServices.auth,
        logger: coreServices.logger,
        catalog: catalogServiceRef,
        policy: policyExtensionPoint,
      },
      async init({ config, auth, logger, catalog, policy }) {
        policy.setPolicy(
          WorkspacesPermissionPolicy.fromConfig(config, {
            teamMembers: new CatalogTeamMembers({ catalog, auth, logger }),
          }),
        );
      },
    });
  },
});
