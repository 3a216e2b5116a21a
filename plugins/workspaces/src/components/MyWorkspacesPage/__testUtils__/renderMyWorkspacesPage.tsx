import type { ReactElement } from 'react';
import {
  MockFetchApi,
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { WorkspacesClient } from '@oqullus/plugin-workspaces-common';
import { workspacesApiRef } from '../../../api';
import { rootRouteRef } from '../../../routes';
import { workspacesBaseUrl } from '../../../__testUtils__/renderWithWorkspacesApi';
import { MyWorkspacesPage } from '../MyWorkspacesPage';

/**
 * For tests: renderWithWorkspacesApi plus the catalog's entity route, which
 * the owner column's EntityRefLink needs (the shared harness does not mount
 * it). usePermission caches answers in a module-wide SWR cache, so tests that
 * deny permissions live in their own file.
 */
export function renderMyWorkspacesPage(
  element: ReactElement = <MyWorkspacesPage />,
  options: { permission?: 'allow' | 'deny' } = {},
) {
  const client = new WorkspacesClient({
    discoveryApi: { getBaseUrl: async () => workspacesBaseUrl },
    fetchApi: new MockFetchApi(),
  });
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [workspacesApiRef, client],
        [
          permissionApiRef,
          mockApis.permission({
            authorize: options.permission === 'deny' ? 'DENY' : 'ALLOW',
          }),
        ],
      ]}
    >
      {element}
    </TestApiProvider>,
    {
      mountedRoutes: {
        '/workspaces': rootRouteRef,
        '/catalog/:namespace/:kind/:name': entityRouteRef,
      },
    },
  );
}
