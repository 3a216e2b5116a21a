import type { ReactElement } from 'react';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import {
  MockFetchApi,
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { WorkspacesClient } from '@oqullus/plugin-workspaces-common';
import { workspacesApiRef } from '../api';
import { rootRouteRef } from '../routes';

/** Where msw handlers of component tests answer. */
export const workspacesBaseUrl = 'http://localhost:7007/api/workspaces';

/**
 * Renders a component the way the app does: the real WorkspacesClient over
 * fetch (msw answers), the plugin mounted at /workspaces, and a permission
 * API that allows everything unless told otherwise.
 */
export function renderWithWorkspacesApi(
  element: ReactElement,
  options: {
    routeEntries?: string[];
    permission?: 'allow' | 'deny';
  } = {},
) {
  const client = new WorkspacesClient({
    discoveryApi: { getBaseUrl: async () => workspacesBaseUrl },
    fetchApi: new MockFetchApi(),
  });
  const permissionApi =
    options.permission === 'deny'
      ? mockApis.permission({ authorize: 'DENY' })
      : mockApis.permission();
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [workspacesApiRef, client],
        [permissionApiRef, permissionApi],
      ]}
    >
      {element}
    </TestApiProvider>,
    {
      routeEntries: options.routeEntries,
      // EntityRefLink needs the catalog's entity page mounted somewhere.
      mountedRoutes: {
        '/workspaces': rootRouteRef,
        '/catalog/:namespace/:kind/:name': entityRouteRef,
      },
    },
  );
}
