import {
  compatWrapper,
  convertLegacyRouteRefs,
} from '@backstage/core-compat-api';
import {
  ApiBlueprint,
  createFrontendPlugin,
  discoveryApiRef,
  fetchApiRef,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import { FormFieldBlueprint } from '@backstage/plugin-scaffolder-react/alpha';
import { WorkspacesClient } from '@oqullus/plugin-workspaces-common';
import WorkIcon from '@material-ui/icons/Work';
import { workspacesApiRef } from './api';
import {
  isAccountResourceEntity,
  isWorkspaceEntity,
} from './components/entity/entityFilters';
import { rootRouteRef } from './routes';

const routes = convertLegacyRouteRefs({ root: rootRouteRef });

const workspacesApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: workspacesApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new WorkspacesClient({ discoveryApi, fetchApi }),
    }),
});

/** My Workspaces in the sidebar; the other pages live below it. */
const workspacesPage = PageBlueprint.make({
  params: {
    path: '/workspaces',
    // The product's own words: "click My Workspaces".
    title: 'My Workspaces',
    icon: <WorkIcon />,
    routeRef: routes.root,
    noHeader: true,
    loader: () =>
      import('./components/WorkspacesRouter').then(m =>
        compatWrapper(<m.WorkspacesRouter />),
      ),
  },
});

const workspaceEntityContent = EntityContentBlueprint.make({
  name: 'workspace',
  params: {
    path: '/workspace',
    title: 'Workspace',
    filter: isWorkspaceEntity,
    loader: () =>
      import('./components/entity').then(m =>
        compatWrapper(<m.EntityWorkspaceContent />),
      ),
  },
});

const workspacesUsingResourceCard = EntityCardBlueprint.make({
  name: 'workspaces-using-resource',
  params: {
    filter: isAccountResourceEntity,
    loader: () =>
      import('./components/entity').then(m =>
        compatWrapper(<m.WorkspacesUsingResourceCard />),
      ),
  },
});

/** The scaffolder field `WorkspaceTemplateInputs`, loaded when a form needs it. */
const workspaceTemplateInputsFormField = FormFieldBlueprint.make({
  name: 'workspace-template-inputs',
  params: {
    field: () =>
      import('./components/scaffolder').then(
        m => m.workspaceTemplateInputsFormField,
      ),
  },
});

/**
 * Oqullus Workspaces for apps on the new frontend system: the API, the
 * Workspaces page with its nav item, the Workspace tab of workspace
 * entities, the usage card of account resource entities and the
 * `WorkspaceTemplateInputs` scaffolder field.
 *
 * @alpha
 */
export default createFrontendPlugin({
  pluginId: 'workspaces',
  info: { packageJson: () => import('../package.json') },
  routes,
  extensions: [
    workspacesApi,
    workspacesPage,
    workspaceEntityContent,
    workspacesUsingResourceCard,
    workspaceTemplateInputsFormField,
  ],
});
