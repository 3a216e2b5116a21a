import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { rest } from 'msw';
import { TestApiProvider } from '@backstage/test-utils';
import { signalApiRef, type SignalApi } from '@backstage/plugin-signals-react';
import {
  WORKSPACES_SIGNAL_CHANNEL,
  workspaceStatuses,
  type Workspace,
} from '@oqullus/plugin-workspaces-common';
import { aWorkspace } from '../../__testUtils__/fixtures';
import { workspacesBaseUrl } from '../../__testUtils__/renderWithWorkspacesApi';
import { renderMyWorkspacesPage } from './__testUtils__/renderMyWorkspacesPage';
import {
  workspaceListServer,
  workspacesNamed,
} from './__testUtils__/workspaceListServer';
import { MyWorkspacesPage } from './MyWorkspacesPage';

const {
  server,
  requests,
  countRequests,
  record,
  serveWorkspaces,
  lastRequest,
} = workspaceListServer();
// MUI's select and twenty table rows render slowly in jsdom.
jest.setTimeout(40_000);

describe('MyWorkspacesPage', () => {
  it('shows progress while the list loads', async () => {
    server.use(
      rest.get(`${workspacesBaseUrl}/workspaces`, (_req, res, ctx) =>
        res(ctx.delay('infinite')),
      ),
    );
    await renderMyWorkspacesPage();
    expect(await screen.findByRole('progressbar')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('explains what a workspace is and offers Create when I have none', async () => {
    serveWorkspaces({ first: { items: [] } });
    await renderMyWorkspacesPage();
    expect(
      await screen.findByText(/isolated environment of the data platform/),
    ).toHaveTextContent(/cloud infrastructure, built by Terraform/);
    expect(screen.getByText('You have no workspaces yet')).toBeInTheDocument();
    // LinkButton renders a link with the button role.
    const createLinks = screen.getAllByRole('button', {
      name: 'Create workspace',
    });
    expect(createLinks.length).toBe(2);
    createLinks.forEach(link =>
      expect(link).toHaveAttribute('href', '/workspaces/create'),
    );
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(lastRequest().get('scope')).toBe('mine');
  });

  it("shows the server's sentence when the list fails", async () => {
    server.use(
      rest.get(`${workspacesBaseUrl}/workspaces`, (_req, res, ctx) =>
        res(
          ctx.status(503),
          ctx.json({
            error: {
              name: 'ServiceUnavailableError',
              message:
                'The workspace database is not reachable; try again in a minute',
            },
            request: { method: 'GET', url: '/workspaces' },
            response: { statusCode: 503 },
          }),
        ),
      ),
    );
    await renderMyWorkspacesPage();
    expect(
      await screen.findByText(
        'The workspace database is not reachable; try again in a minute',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Error: Could not load the workspaces'),
    ).toBeInTheDocument();
  });

  it('shows a row per workspace with its link, template, credential and storage titles, owner and last activity', async () => {
    const titles: Record<string, string> = {
      'stack-templates/lakehouse-local': 'Lakehouse (runs offline)',
      'cloud-credentials/local-sandbox': 'Local sandbox',
      'state-storages/builtin': 'Built-in state storage',
    };
    server.use(
      rest.get(`${workspacesBaseUrl}/account/:kind/:name`, (req, res, ctx) => {
        const { kind, name } = req.params as Record<string, string>;
        return res(ctx.json({ name, title: titles[`${kind}/${name}`] }));
      }),
    );
    serveWorkspaces({
      first: {
        items: [
          aWorkspace({
            id: 'abc',
            name: 'Q4 pipelines',
            owner: 'group:default/data-engineering',
            provisioning: {
              stackTemplate: 'lakehouse-local',
              cloudCredential: 'local-sandbox',
              stateStorage: 'builtin',
            },
            lastActivityAt: new Date(Date.now() - 3 * 60_000).toISOString(),
          }),
        ],
      },
    });
    await renderMyWorkspacesPage();
    const row = (await screen.findAllByTestId('workspace-row'))[0];
    expect(
      within(row).getByRole('link', { name: 'Q4 pipelines' }),
    ).toHaveAttribute('href', '/workspaces/abc');
    expect(
      await within(row).findByText('Lakehouse (runs offline)'),
    ).toBeInTheDocument();
    expect(
      await within(row).findByText('Local sandbox · Built-in state storage'),
    ).toBeInTheDocument();
    expect(row).not.toHaveTextContent('lakehouse-local');
    expect(row).toHaveTextContent('data-engineering');
    expect(row).toHaveTextContent('3 minutes ago');
  });

  it('pages through 20 rows at a time with the cursor, forward and back', async () => {
    serveWorkspaces({
      first: { items: workspacesNamed('first', 20), nextCursor: 'cursor-2' },
      'cursor-2': { items: workspacesNamed('second', 3) },
    });
    await renderMyWorkspacesPage();
    expect(await screen.findAllByTestId('workspace-row')).toHaveLength(20);
    expect(lastRequest().get('limit')).toBe('20');
    expect(lastRequest().has('cursor')).toBe(false);
    expect(
      screen.getByRole('button', { name: 'Previous page' }),
    ).toBeDisabled();

    await userEvent.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByText('second 3')).toBeInTheDocument();
    expect(screen.getAllByTestId('workspace-row')).toHaveLength(3);
    expect(lastRequest().get('cursor')).toBe('cursor-2');
    expect(screen.getByText('Page 2')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next page' })).toBeDisabled();

    await userEvent.click(
      screen.getByRole('button', { name: 'Previous page' }),
    );
    expect(await screen.findByText('first 20')).toBeInTheDocument();
    expect(lastRequest().has('cursor')).toBe(false);
    expect(screen.getByText('Page 1')).toBeInTheDocument();
  });

  it('shows the chip of every status', async () => {
    serveWorkspaces({
      first: {
        items: workspaceStatuses.map(status =>
          aWorkspace({ id: status, name: `ws ${status}`, status }),
        ),
      },
    });
    await renderMyWorkspacesPage();
    await screen.findAllByTestId('workspace-row');
    for (const status of workspaceStatuses) {
      expect(screen.getByTestId(`status-${status}`)).toBeInTheDocument();
    }
  });

  it('shows what the active job does while it runs', async () => {
    serveWorkspaces({
      first: {
        items: [
          aWorkspace({
            status: 'provisioning',
            activeJob: {
              id: 'job-1',
              operation: 'provision',
              status: 'running',
              createdAt: '2026-11-28T10:00:00.000Z',
            },
          }),
          aWorkspace({
            id: 'other',
            status: 'running',
            activeJob: {
              id: 'job-2',
              operation: 'sync-apps',
              status: 'queued',
              createdAt: '2026-11-28T10:00:00.000Z',
            },
          }),
        ],
      },
    });
    await renderMyWorkspacesPage();
    expect(
      await screen.findByRole('progressbar', {
        name: 'Provision Infrastructure running',
      }),
    ).toBeInTheDocument();
    expect(screen.getByText('Sync Apps (queued)')).toBeInTheDocument();
  });

  it('lists the latest activity first and sorts on the server by the column clicked', async () => {
    serveWorkspaces({
      first: { items: workspacesNamed('ws', 20), nextCursor: 'cursor-2' },
      'cursor-2': { items: workspacesNamed('more', 2) },
    });
    await renderMyWorkspacesPage();
    await screen.findAllByTestId('workspace-row');
    expect(lastRequest().get('sort')).toBe('lastActivity');
    expect(lastRequest().get('order')).toBe('desc');
    const lastActivity = screen.getByRole('columnheader', {
      name: /Last activity/,
    });
    expect(lastActivity).toHaveAttribute('aria-sort', 'descending');

    await userEvent.click(screen.getByRole('button', { name: 'Next page' }));
    await screen.findByText('more 2');
    await userEvent.click(screen.getByRole('button', { name: 'Sort by Name' }));
    await waitFor(() => expect(lastRequest().get('sort')).toBe('name'));
    // A new order starts again at the first page.
    expect(lastRequest().get('order')).toBe('asc');
    expect(lastRequest().has('cursor')).toBe(false);
    expect(screen.getByRole('columnheader', { name: /Name/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    expect(lastActivity).not.toHaveAttribute('aria-sort');

    await userEvent.click(screen.getByRole('button', { name: 'Sort by Name' }));
    await waitFor(() => expect(lastRequest().get('order')).toBe('desc'));
    await userEvent.click(
      screen.getByRole('button', { name: 'Sort by Status' }),
    );
    await waitFor(() => expect(lastRequest().get('sort')).toBe('status'));
    expect(lastRequest().get('order')).toBe('asc');
  });

  it('asks for the statuses chosen in the filter', async () => {
    serveWorkspaces({ first: { items: workspacesNamed('ws', 2) } });
    await renderMyWorkspacesPage();
    await screen.findAllByTestId('workspace-row');

    // ^: the Status column's header is a button too ("Sort by Status").
    await userEvent.click(screen.getByRole('button', { name: /^Status/ }));
    const options = within(await screen.findByRole('listbox'));
    await userEvent.click(options.getByRole('option', { name: 'Failed' }));
    await userEvent.click(options.getByRole('option', { name: 'Running' }));

    await waitFor(() =>
      expect(lastRequest().getAll('status')).toEqual(['failed', 'running']),
    );
  });

  it('searches for the typed text once typing pauses', async () => {
    serveWorkspaces({ first: { items: workspacesNamed('ws', 2) } });
    await renderMyWorkspacesPage();
    await screen.findAllByTestId('workspace-row');
    const before = requests.length;

    await userEvent.type(
      screen.getByRole('searchbox', { name: 'Search' }),
      'q4 close',
    );

    await waitFor(() => expect(lastRequest().get('q')).toBe('q4 close'));
    // One request for the whole phrase, not one per key.
    expect(requests.length).toBe(before + 1);
  });

  it('lists every workspace the caller may read in the All view', async () => {
    serveWorkspaces({ first: { items: workspacesNamed('ws', 2) } });
    await renderMyWorkspacesPage();
    await screen.findAllByTestId('workspace-row');

    await userEvent.click(
      screen.getByRole('button', { name: 'All workspaces' }),
    );

    await waitFor(() => expect(lastRequest().get('scope')).toBe('all'));
    expect(
      screen.getByRole('heading', { name: 'All workspaces' }),
    ).toBeInTheDocument();
  });

  it('says the All view has nothing to show, not that filters match nothing, when none are set', async () => {
    serveWorkspaces({ first: { items: [] } });
    await renderMyWorkspacesPage();
    expect(
      await screen.findByText(/All workspaces shows the ones you may look at/),
    ).toBeInTheDocument();

    await userEvent.click(
      screen.getByRole('button', { name: 'All workspaces' }),
    );

    expect(
      await screen.findByText(
        /^No workspace is visible to you yet\./,
        {},
        { timeout: 10_000 },
      ),
    ).toHaveTextContent(/a team lead also sees those of their team/);
    expect(
      screen.queryByText('No workspaces match these filters.'),
    ).not.toBeInTheDocument();
  });

  it('says nothing matches when a filter narrows the list to nothing', async () => {
    server.use(
      rest.get(`${workspacesBaseUrl}/workspaces`, (req, res, ctx) =>
        res(
          ctx.json({
            items: req.url.searchParams.get('q')
              ? []
              : workspacesNamed('ws', 1),
          }),
        ),
      ),
    );
    await renderMyWorkspacesPage();
    await screen.findAllByTestId('workspace-row');

    await userEvent.type(
      screen.getByRole('searchbox', { name: 'Search' }),
      'nothing like it',
    );

    // Debounced typing, a request and MUI's table: slow in jsdom on a busy machine.
    expect(
      await screen.findByText(
        'No workspaces match these filters.',
        {},
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
  });

  it('links to the Account page for those who manage it', async () => {
    serveWorkspaces({ first: { items: workspacesNamed('ws', 1) } });
    await renderMyWorkspacesPage();
    await screen.findAllByTestId('workspace-row');
    expect(screen.getByRole('button', { name: 'Account' })).toHaveAttribute(
      'href',
      '/workspaces/account',
    );
  });

  it('refetches the page shown when a workspace signal arrives', async () => {
    // Every subscriber hears the signal, as with the real signal client: the
    // list and the approval count each subscribe.
    const subscribers: ((message: object) => void)[] = [];
    const deliver = (message: object) =>
      subscribers.forEach(onMessage => onMessage(message));
    const signalApi: SignalApi = {
      subscribe: (channel, onMessage) => {
        expect(channel).toBe(WORKSPACES_SIGNAL_CHANNEL);
        subscribers.push(onMessage as (message: object) => void);
        return { unsubscribe: () => {} };
      },
    };
    let status: Workspace['status'] = 'provisioning';
    server.use(
      rest.get(`${workspacesBaseUrl}/workspaces`, (req, res, ctx) => {
        record(req.url.searchParams);
        return res(ctx.json({ items: [aWorkspace({ status })] }));
      }),
    );
    await renderMyWorkspacesPage(
      <TestApiProvider apis={[[signalApiRef, signalApi]]}>
        <MyWorkspacesPage />
      </TestApiProvider>,
    );
    expect(
      await screen.findByTestId('status-provisioning'),
    ).toBeInTheDocument();

    status = 'running';
    act(() =>
      deliver({ workspaceId: 'abc', kind: 'status', status: 'running' }),
    );

    expect(await screen.findByTestId('status-running')).toBeInTheDocument();
    expect(requests.length).toBe(2);
    // The number awaiting approval is recounted too: a decision changes it.
    await waitFor(() => expect(countRequests.length).toBe(2));
  });
});
