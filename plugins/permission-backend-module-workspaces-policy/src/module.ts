import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import { WorkspacesPermissionPolicy } from './WorkspacesPermissionPolicy';

/**
 * Installs WorkspacesPermissionPolicy as the permission backend's policy.
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
        policy: policyExtensionPoint,
      },
      async init({ config, policy }) {
        policy.setPolicy(WorkspacesPermissionPolicy.fromConfig(config));
      },
    });
  },
});
