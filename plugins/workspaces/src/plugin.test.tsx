import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { rest } from 'msw';
import { setupServer } from 'msw/node';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import {
  mockApis,
  registerMswTestHooks,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { discoveryApiRef, fetchApiRef } from '@backstage/core-plugin-api';
import { WorkspacesClient } from '@oqullus/plugin-workspaces-common';
import { workspacesApiRef } from './api';
import { WorkspacesPage, workspacesPlugin } from './plugin';
import { rootRouteRef } from './routes';
import { aWorkspace } from './__testUtils__/fixtures';
import { workspacesBaseUrl } from './__testUtils__/renderWithWorkspacesApi';

const server = setupServer();
registerMswTestHooks(server);

/**
 * Apps on the legacy frontend system mount `WorkspacesPage` on a route of
 * their own; this renders it there, with the plugin's own API factory.
 */
describe('the legacy frontend plugin', () => {
  it('registers a WorkspacesClient factory for workspacesApiRef', () => {
    const factory = [...workspacesPlugin.getApis()].find(
      api => api.api.id === workspacesApiRef.id,
    );
    expect(factory).toBeDefined();
    const client = factory!.factory({
      discoveryApi: { getBaseUrl: async () => workspacesBaseUrl },
      fetchApi: { fetch },
    });
    expect(client).toBeInstanceOf(WorkspacesClient);
    expect(Object.keys(factory!.deps).sort()).toEqual([
      'discoveryApi',
      'fetchApi',
    ]);
    expect(factory!.deps.discoveryApi).toBe(discoveryApiRef);
    expect(factory!.deps.fetchApi).toBe(fetchApiRef);
  });

  it('renders My Workspaces and a workspace page below its mount point', async () => {
    server.use(
      rest.get(`${workspacesBaseUrl}/workspaces`, (_req, res, ctx) =>
        res(ctx.json({ items: [aWorkspace({ name: 'Legacy lake' })] })),
      ),
    );
    const client = new WorkspacesClient({
      discoveryApi: { getBaseUrl: async () => workspacesBaseUrl },
    });
    await renderInTestApp(
      <TestApiProvider
        apis={[
          [workspacesApiRef, client],
          [permissionApiRef, mockApis.permission()],
        ]}
      >
        <Routes>
          <Route path="/workspaces/*" element={<WorkspacesPage />} />
        </Routes>
      </TestApiProvider>,
      {
        routeEntries: ['/workspaces'],
        mountedRoutes: {
          '/workspaces': rootRouteRef,
          '/catalog/:namespace/:kind/:name': entityRouteRef,
        },
      },
    );
    expect(
      await screen.findByText('Legacy lake', {}, { timeout: 20_000 }),
    ).toBeInTheDocument();
  });
});
