import { screen } from '@testing-library/react';
import { rest } from 'msw';
import { setupServer } from 'msw/node';
import { registerMswTestHooks } from '@backstage/test-utils';
import { workspacesBaseUrl } from '../../__testUtils__/renderWithWorkspacesApi';
import { renderAccountPage } from './__testUtils__/accountFixtures';

const server = setupServer();
registerMswTestHooks(server);
jest.setTimeout(30_000);

describe('AccountPage for someone without an account role', () => {
  it('says which role is needed and asks the backend for nothing', async () => {
    const requests: string[] = [];
    server.use(
      rest.get(`${workspacesBaseUrl}/account/:kind`, (req, res, ctx) => {
        requests.push(req.url.pathname);
        return res(ctx.json({ items: [] }));
      }),
    );
    await renderAccountPage({ user: 'outsider' });
    expect(
      await screen.findByText(/You need the Account Owner or Admin role/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(requests).toEqual([]);
  });
});
