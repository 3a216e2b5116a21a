import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { createScaffolderFieldExtension } from '@backstage/plugin-scaffolder-react';
import { WorkspacesClient } from '@oqullus/plugin-workspaces-common';
import { workspacesApiRef } from './api';
import {
  validateWorkspaceTemplateInputs,
  WORKSPACE_TEMPLATE_INPUTS_FIELD_NAME,
  WorkspaceTemplateInputsField,
} from './components/scaffolder';
import { rootRouteRef } from './routes';

/**
 * The plugin for apps on the legacy frontend system. Apps on the new
 * frontend system install `@oqullus/plugin-workspaces/alpha` instead.
 *
 * @public
 */
export const workspacesPlugin = createPlugin({
  id: 'workspaces',
  apis: [
    createApiFactory({
      api: workspacesApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new WorkspacesClient({ discoveryApi, fetchApi }),
    }),
  ],
  routes: { root: rootRouteRef },
});

/**
 * My Workspaces, Create, Account and every workspace page, for a route such
 * as `<Route path="/workspaces" element={<WorkspacesPage />} />`.
 *
 * @public
 */
export const WorkspacesPage: () => JSX.Element = workspacesPlugin.provide(
  createRoutableExtension({
    name: 'WorkspacesPage',
    component: () =>
      import('./components/WorkspacesRouter').then(m => m.WorkspacesRouter),
    mountPoint: rootRouteRef,
  }),
);

/**
 * The Workspace tab of a workspace's catalog entity: Overview, Events and,
 * for admins, Approve, Reject and Delete.
 *
 * @public
 */
export const EntityWorkspaceContent: () => JSX.Element =
  workspacesPlugin.provide(
    createComponentExtension({
      name: 'EntityWorkspaceContent',
      component: {
        lazy: () =>
          import('./components/entity').then(m => m.EntityWorkspaceContent),
      },
    }),
  );

/**
 * A card for stack template, credential, storage and network entities:
 * the workspaces built from the resource, with their status.
 *
 * @public
 */
export const EntityWorkspacesUsingResourceCard: () => JSX.Element =
  workspacesPlugin.provide(
    createComponentExtension({
      name: 'EntityWorkspacesUsingResourceCard',
      component: {
        lazy: () =>
          import('./components/entity').then(
            m => m.WorkspacesUsingResourceCard,
          ),
      },
    }),
  );

/**
 * The scaffolder field `WorkspaceTemplateInputs`: the inputs of the stack
 * template chosen in a sibling field (`ui:options.stackTemplateField`, an
 * entity ref), for a route such as
 * `<ScaffolderFieldExtensions><WorkspaceTemplateInputsFieldExtension /></ScaffolderFieldExtensions>`.
 *
 * @public
 */
export const WorkspaceTemplateInputsFieldExtension = workspacesPlugin.provide(
  createScaffolderFieldExtension({
    name: WORKSPACE_TEMPLATE_INPUTS_FIELD_NAME,
    component: WorkspaceTemplateInputsField,
    validation: validateWorkspaceTemplateInputs,
  }),
);
