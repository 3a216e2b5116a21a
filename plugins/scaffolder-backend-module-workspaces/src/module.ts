import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { createWorkspacesCreateAction } from './actions/createWorkspacesCreateAction';
import { createWorkspacesDeleteAction } from './actions/createWorkspacesDeleteAction';
import { createWorkspacesOperateAction } from './actions/createWorkspacesOperateAction';
import { createWorkspacesWaitAction } from './actions/createWorkspacesWaitAction';

/**
 * Adds the `workspaces:*` actions to the scaffolder.
 *
 * @public
 */
export const scaffolderModuleWorkspaces = createBackendModule({
  pluginId: 'scaffolder',
  moduleId: 'workspaces',
  register(reg) {
    reg.registerInit({
      deps: {
        scaffolder: scaffolderActionsExtensionPoint,
        auth: coreServices.auth,
        discovery: coreServices.discovery,
        config: coreServices.rootConfig,
      },
      async init({ scaffolder, auth, discovery, config }) {
        const options = { auth, discovery, config };
        scaffolder.addActions(
          createWorkspacesCreateAction(options),
          createWorkspacesWaitAction(options),
          createWorkspacesOperateAction(options),
          createWorkspacesDeleteAction(options),
        );
      },
    });
  },
});
