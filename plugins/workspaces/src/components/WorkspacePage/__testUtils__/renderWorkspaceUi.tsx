import type { ReactElement } from 'react';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import {
  MockFetchApi,
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { WorkspacesClient } from '@oqullus/plugin-workspaces-common';
import { workspacesApiRef } from '../../../api';
import { rootRouteRef } from '../../../routes';
import { workspacesBaseUrl } from '../../../__testUtils__/renderWithWorkspacesApi';

/**
 * renderWithWorkspacesApi plus the catalog's entity route, which the
 * workspace page needs because it links owners, members and account
 * resources to their catalog entities (EntityRefLink throws without it).
 */
export function renderWorkspaceUi(
  element: ReactElement,
  options: { routeEntries?: string[]; permission?: 'allow' | 'deny' } = {},
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
      mountedRoutes: {
        '/workspaces': rootRouteRef,
        '/catalog/:namespace/:kind/:name': entityRouteRef,
      },
    },
  );
}
