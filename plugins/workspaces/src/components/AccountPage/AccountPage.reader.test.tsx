import { configure, screen } from '@testing-library/react';
import { rest } from 'msw';
import { setupServer } from 'msw/node';
import { registerMswTestHooks } from '@backstage/test-utils';
import { aStackTemplate } from '../../__testUtils__/fixtures';
import { workspacesBaseUrl } from '../../__testUtils__/renderWithWorkspacesApi';
import { renderAccountPage } from './__testUtils__/accountFixtures';

const server = setupServer();
registerMswTestHooks(server);
jest.setTimeout(30_000);
configure({ asyncUtilTimeout: 5_000 });

describe('AccountPage for a reader', () => {
  it('shows the resources without any way to change or check them', async () => {
    server.use(
      rest.get(
        `${workspacesBaseUrl}/account/stack-templates`,
        (_req, res, ctx) =>
          res(ctx.json({ items: [aStackTemplate({ origin: 'database' })] })),
      ),
    );
    await renderAccountPage({ user: 'reader' });
    expect(await screen.findByText('lakehouse-local')).toBeInTheDocument();
    expect(
      screen.getByText(/Changing them needs the Account Owner or Admin role/),
    ).toBeInTheDocument();
    expect(screen.getByText('Registered here')).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: /Register|Check|Edit|Delete/ }),
    ).not.toBeInTheDocument();
  });
});
