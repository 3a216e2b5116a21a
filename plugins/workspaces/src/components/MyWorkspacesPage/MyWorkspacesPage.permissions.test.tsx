import { screen } from '@testing-library/react';
import { rest } from 'msw';
import { setupServer } from 'msw/node';
import { registerMswTestHooks } from '@backstage/test-utils';
import { aWorkspace } from '../../__testUtils__/fixtures';
import { workspacesBaseUrl } from '../../__testUtils__/renderWithWorkspacesApi';
import { MyWorkspacesPage } from './MyWorkspacesPage';
import { renderMyWorkspacesPage } from './__testUtils__/renderMyWorkspacesPage';

const server = setupServer();
registerMswTestHooks(server);
jest.setTimeout(40_000);

// Its own file: usePermission's SWR cache would carry the denial into other tests.
describe('MyWorkspacesPage without permissions', () => {
  it('hides Create, Account, the All view and the approvals waiting, and asks for no count', async () => {
    const queries: URLSearchParams[] = [];
    server.use(
      rest.get(`${workspacesBaseUrl}/workspaces`, (req, res, ctx) => {
        queries.push(req.url.searchParams);
        return res(ctx.json({ items: [aWorkspace()] }));
      }),
    );
    await renderMyWorkspacesPage(<MyWorkspacesPage />, { permission: 'deny' });
    await screen.findAllByTestId('workspace-row');
    expect(
      screen.queryByRole('button', { name: 'Create workspace' }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Account' }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'All workspaces' }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: /Awaiting my approval/ }),
    ).not.toBeInTheDocument();
    expect(queries.map(query => query.get('approval'))).toEqual([null]);
  });

  it('offers no Create button on the empty page', async () => {
    server.use(
      rest.get(`${workspacesBaseUrl}/workspaces`, (_req, res, ctx) =>
        res(ctx.json({ items: [] })),
      ),
    );
    await renderMyWorkspacesPage(<MyWorkspacesPage />, { permission: 'deny' });
    expect(
      await screen.findByText(/isolated environment of the data platform/),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Create workspace' }),
    ).not.toBeInTheDocument();
  });
});
