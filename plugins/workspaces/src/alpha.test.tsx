import { screen } from '@testing-library/react';
import { rest } from 'msw';
import { setupServer } from 'msw/node';
import {
  mockApis,
  registerMswTestHooks,
  renderTestApp,
} from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import workspacesPlugin from './alpha';
import { aWorkspace } from './__testUtils__/fixtures';

const server = setupServer();
registerMswTestHooks(server);

/**
 * The plugin as the example portal installs it: its own API extension
 * builds the client from the app's discovery and fetch APIs.
 */
describe('the new frontend system plugin', () => {
  it('serves My Workspaces at /workspaces through its own API extension', async () => {
    server.use(
      rest.get(
        'http://localhost:7007/api/workspaces/workspaces',
        (_req, res, ctx) =>
          res(ctx.json({ items: [aWorkspace({ name: 'New system lake' })] })),
      ),
    );
    renderTestApp({
      features: [workspacesPlugin],
      initialRouteEntries: ['/workspaces'],
      config: { backend: { baseUrl: 'http://localhost:7007' } },
      apis: [mockApis.permission()],
      // The app would get this from the catalog plugin; owners link to entity pages.
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    });
    // The page is lazy-loaded; on a busy machine that takes a few seconds.
    expect(
      await screen.findByText('New system lake', {}, { timeout: 20_000 }),
    ).toBeInTheDocument();
  });
});
