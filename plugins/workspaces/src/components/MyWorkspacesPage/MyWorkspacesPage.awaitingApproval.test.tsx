import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { rest } from 'msw';
import { aWorkspace } from '../../__testUtils__/fixtures';
import { workspacesBaseUrl } from '../../__testUtils__/renderWithWorkspacesApi';
import { renderMyWorkspacesPage } from './__testUtils__/renderMyWorkspacesPage';
import {
  workspaceListServer,
  workspacesNamed,
} from './__testUtils__/workspaceListServer';

const { server, countRequests, record, serveWorkspaces, lastRequest } =
  workspaceListServer();
// MUI's select and twenty table rows render slowly in jsdom.
jest.setTimeout(40_000);

/** Account Owners and Admins see the requests that wait for their decision. */
describe('MyWorkspacesPage: awaiting my approval', () => {
  it('shows approvers the requests waiting for them, with their number', async () => {
    const waiting = [
      aWorkspace({
        id: 'lake-1',
        name: 'Dana lake',
        status: 'created',
        approval: { state: 'pending', requestedBy: 'user:default/dana.dev' },
      }),
      aWorkspace({
        id: 'lake-2',
        name: 'Noah lake',
        status: 'created',
        approval: { state: 'pending', requestedBy: 'user:default/noah' },
      }),
    ];
    server.use(
      rest.get(`${workspacesBaseUrl}/workspaces`, (req, res, ctx) => {
        record(req.url.searchParams);
        const pending = req.url.searchParams.get('approval') === 'pending';
        return res(
          ctx.json({ items: pending ? waiting : workspacesNamed('mine', 1) }),
        );
      }),
    );
    await renderMyWorkspacesPage();
    const view = await screen.findByRole('button', {
      name: 'Awaiting my approval (2)',
    });
    expect(countRequests[0].get('scope')).toBe('all');
    expect(countRequests[0].get('approval')).toBe('pending');
    expect(screen.getByText('mine 1')).toBeInTheDocument();

    await userEvent.click(view);

    expect(await screen.findByText('Dana lake')).toBeInTheDocument();
    expect(screen.getByText('Noah lake')).toBeInTheDocument();
    expect(lastRequest().get('scope')).toBe('all');
    expect(lastRequest().get('approval')).toBe('pending');
    expect(view).toHaveAttribute('aria-pressed', 'true');
    expect(
      screen.getByRole('heading', { name: 'Awaiting my approval' }),
    ).toBeInTheDocument();
    expect(screen.getAllByTestId('status-awaiting-approval')).toHaveLength(2);
  });

  it('says "100+" when more requests wait than one count reads', async () => {
    server.use(
      rest.get(`${workspacesBaseUrl}/workspaces`, (req, res, ctx) => {
        record(req.url.searchParams);
        return res(
          ctx.json({ items: workspacesNamed('ws', 1), nextCursor: 'more' }),
        );
      }),
    );
    await renderMyWorkspacesPage();
    expect(
      await screen.findByRole('button', {
        name: 'Awaiting my approval (100+)',
      }),
    ).toBeInTheDocument();
  });

  it('says no request waits when the Awaiting view is empty', async () => {
    serveWorkspaces({ first: { items: [] } });
    await renderMyWorkspacesPage();
    await userEvent.click(
      await screen.findByRole('button', { name: 'Awaiting my approval (0)' }),
    );
    expect(
      await screen.findByText('No request waits for your approval.'),
    ).toBeInTheDocument();
  });
});
