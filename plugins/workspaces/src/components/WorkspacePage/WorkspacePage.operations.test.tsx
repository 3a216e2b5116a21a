import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { rest } from 'msw';
import { setupServer } from 'msw/node';
import { registerMswTestHooks } from '@backstage/test-utils';
import {
  workspaceStatuses,
  type WorkspaceStatus,
} from '@oqullus/plugin-workspaces-common';
import { aWorkspaceWithOperations } from '../../__testUtils__/fixtures';
import { workspacesBaseUrl } from '../../__testUtils__/renderWithWorkspacesApi';
import { renderWorkspacePage } from './__testUtils__/renderWorkspacePage';
import { serveWorkspace } from './__testUtils__/workspaceServer';

// The whole page with its tabs takes a few seconds to render in jsdom.
jest.setTimeout(30_000);
configure({ asyncUtilTimeout: 10_000 });

const server = setupServer();
registerMswTestHooks(server);

const id = aWorkspaceWithOperations().id;
const renderPage = (path = `/workspaces/${id}`) => renderWorkspacePage(path);
const button = (name: string) => screen.getByRole('button', { name });

/** The header's operations card: what each person may run, why not, and the approval. */
describe('WorkspacePage operations', () => {
  // What the lifecycle machine allows an Admin in each status, with no job running.
  const enabledByStatus: Record<WorkspaceStatus, string[]> = {
    created: ['Provision Infrastructure'],
    provisioning: [],
    running: ['Sync Apps', 'Sync Infrastructure'],
    failed: ['Provision Infrastructure'],
    deleting: [],
    deleted: [],
  };
  const jobButtons = [
    'Sync Apps',
    'Provision Infrastructure',
    'Sync Infrastructure',
    'Cancel job',
  ];
  const isEnabled = (name: string) =>
    button(name).getAttribute('aria-disabled') !== 'true' &&
    !button(name).hasAttribute('disabled');

  it.each(workspaceStatuses.filter(status => status !== 'deleted'))(
    'in status %s shows its chip and enables only the allowed operations, each refusal its description',
    async status => {
      const enabled = enabledByStatus[status];
      const refusals = Object.fromEntries(
        [
          ['sync-apps', 'Sync Apps'],
          ['provision', 'Provision Infrastructure'],
          ['sync-infrastructure', 'Sync Infrastructure'],
          ['cancel', 'Cancel job'],
        ]
          .filter(([, label]) => !enabled.includes(label))
          .map(([operation, label]) => [
            operation,
            `${label} refused (${status})`,
          ]),
      );
      serveWorkspace(server, aWorkspaceWithOperations({ status }, refusals));
      await renderPage();
      expect(await screen.findByTestId(`status-${status}`)).toBeInTheDocument();
      expect(jobButtons.filter(isEnabled)).toEqual(enabled);
      for (const name of jobButtons.filter(label => !enabled.includes(label))) {
        expect(button(name)).toHaveAccessibleDescription(
          `${name} refused (${status})`,
        );
      }
    },
  );

  it('keeps Delete out of the everyday operations: it is in the Settings danger zone', async () => {
    serveWorkspace(server, aWorkspaceWithOperations());
    await renderPage();
    const operations = await screen.findByRole('group', {
      name: 'Workspace operations',
    });
    expect(
      within(operations).queryByRole('button', { name: 'Delete' }),
    ).toBeNull();
  });

  it('shows a refused operation as a focusable button whose reason is a tooltip on focus and its description', async () => {
    const reason =
      'Provision Infrastructure needs approval first: ask an Account Owner or Admin to approve it';
    serveWorkspace(
      server,
      aWorkspaceWithOperations(
        { status: 'created', approval: { state: 'pending' } },
        { provision: reason },
      ),
    );
    await renderPage();
    const provision = await screen.findByRole('button', {
      name: 'Provision Infrastructure',
    });
    expect(provision).toHaveAttribute('aria-disabled', 'true');
    expect(provision).toHaveAccessibleDescription(reason);
    provision.focus();
    expect(await screen.findByRole('tooltip')).toHaveTextContent(reason);
  });

  const forbidden = (reason: string) =>
    ({ allowed: false, code: 'forbidden', reason } as const);

  it('leaves out the operations a viewer can never take and says so in one line', async () => {
    const workspace = aWorkspaceWithOperations({ status: 'running' });
    const viewerReason =
      'Provision Infrastructure needs the operator role on this workspace; you are a viewer: ask the owner or a workspace admin to make you an operator';
    for (const operation of [
      'provision',
      'sync-infrastructure',
      'sync-apps',
      'cancel',
      'delete',
      'approve',
      'reject',
    ] as const) {
      workspace.allowedOperations[operation] = forbidden(
        operation === 'provision' ? viewerReason : `${operation} is forbidden`,
      );
    }
    serveWorkspace(server, workspace);
    await renderPage();
    expect(await screen.findByTestId('operations-summary')).toHaveTextContent(
      viewerReason,
    );
    expect(
      screen.queryByRole('group', { name: 'Workspace operations' }),
    ).toBeNull();
  });

  it('says in one line that a Deleted workspace can do nothing, with no buttons', async () => {
    serveWorkspace(
      server,
      aWorkspaceWithOperations(
        { status: 'deleted' },
        {
          provision: 'Provision Infrastructure is not possible: Deleted',
          'sync-apps': 'Sync Apps is not possible: Deleted',
          'sync-infrastructure': 'Sync Infrastructure is not possible: Deleted',
          cancel: 'Cancel job is not possible: Deleted',
          delete: 'Delete is not possible: Deleted',
        },
      ),
    );
    await renderPage();
    const summary = await screen.findByTestId('operations-summary');
    expect(summary).toHaveTextContent(
      'This workspace is Deleted: nothing can be done with it any more',
    );
    expect(
      screen.queryByRole('group', { name: 'Workspace operations' }),
    ).toBeNull();
    expect(screen.queryByText(/is not possible: Deleted/)).toBeNull();
  });

  it('hides Approve and Reject when no request waits for a decision', async () => {
    serveWorkspace(
      server,
      aWorkspaceWithOperations(
        { status: 'running' },
        {
          approve: 'Approve needs a Created workspace with a pending request',
          reject: 'Reject needs a Created workspace with a pending request',
        },
      ),
    );
    await renderPage();
    await screen.findByTestId('status-running');
    expect(screen.queryByRole('button', { name: 'Approve' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Reject' })).toBeNull();
    expect(screen.queryByText(/pending request/)).toBeNull();
  });

  it('shows the active job with its operation label and cancels it once confirmed', async () => {
    const { sent } = serveWorkspace(
      server,
      aWorkspaceWithOperations(
        {
          status: 'provisioning',
          activeJob: {
            id: 'job-7',
            operation: 'provision',
            status: 'running',
            createdAt: '2026-11-28T10:00:00.000Z',
          },
        },
        { provision: 'Provision Infrastructure must wait' },
      ),
    );
    await renderPage();
    const job = await screen.findByTestId('active-job');
    expect(job).toHaveTextContent('Provision Infrastructure in progress');
    await userEvent.click(button('Cancel job'));
    const dialog = screen.getByRole('dialog');
    expect(dialog).toHaveTextContent('stops at its next safe point');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Keep running' }),
    );
    expect(sent).toEqual([]);
    await userEvent.click(button('Cancel job'));
    await userEvent.click(
      within(screen.getByRole('dialog')).getByRole('button', {
        name: 'Cancel job',
      }),
    );
    await waitFor(() =>
      expect(sent).toEqual([
        expect.objectContaining({ method: 'POST', path: '/jobs/job-7/cancel' }),
      ]),
    );
  });

  it('sends a provision request when Provision Infrastructure is clicked, then re-reads the workspace', async () => {
    const { sent, workspaceReads } = serveWorkspace(
      server,
      aWorkspaceWithOperations({ status: 'created' }),
    );
    await renderPage();
    await userEvent.click(
      await screen.findByRole('button', { name: 'Provision Infrastructure' }),
    );
    await waitFor(() =>
      expect(sent).toEqual([
        {
          method: 'POST',
          path: `/workspaces/${id}/operations`,
          body: { operation: 'provision' },
        },
      ]),
    );
    await waitFor(() => expect(workspaceReads()).toBe(2));
  });

  it("shows the server's refusal of an operation", async () => {
    serveWorkspace(server, aWorkspaceWithOperations({ status: 'running' }));
    server.use(
      rest.post(
        `${workspacesBaseUrl}/workspaces/${id}/operations`,
        (_req, res, ctx) =>
          res(
            ctx.status(409),
            ctx.json({
              error: {
                name: 'ConflictError',
                message:
                  'Sync Apps must wait: Provision Infrastructure is in progress',
              },
            }),
          ),
      ),
    );
    await renderPage();
    await userEvent.click(
      await screen.findByRole('button', { name: 'Sync Apps' }),
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Sync Apps failed');
    expect(alert).toHaveTextContent(
      'Sync Apps must wait: Provision Infrastructure is in progress',
    );
  });

  it('approves a pending request', async () => {
    const { sent } = serveWorkspace(
      server,
      aWorkspaceWithOperations(
        { status: 'created', approval: { state: 'pending' } },
        { provision: 'Provision Infrastructure needs approval first' },
      ),
    );
    await renderPage();
    await userEvent.click(
      await screen.findByRole('button', { name: 'Approve' }),
    );
    await userEvent.click(
      within(screen.getByRole('dialog')).getByRole('button', {
        name: 'Approve',
      }),
    );
    await waitFor(() =>
      expect(sent).toEqual([
        {
          method: 'POST',
          path: `/workspaces/${id}/approval`,
          body: { decision: 'approve' },
        },
      ]),
    );
  });

  it('rejects a pending request only with a comment', async () => {
    const { sent } = serveWorkspace(
      server,
      aWorkspaceWithOperations({
        status: 'created',
        approval: { state: 'pending' },
      }),
    );
    await renderPage();
    await userEvent.click(
      await screen.findByRole('button', { name: 'Reject' }),
    );
    const dialog = screen.getByRole('dialog');
    const reject = within(dialog).getByRole('button', { name: 'Reject' });
    expect(reject).toBeDisabled();
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: /Comment/ }),
      'Use the shared cluster instead',
    );
    expect(reject).toBeEnabled();
    await userEvent.click(reject);
    await waitFor(() =>
      expect(sent).toEqual([
        {
          method: 'POST',
          path: `/workspaces/${id}/approval`,
          body: {
            decision: 'reject',
            comment: 'Use the shared cluster instead',
          },
        },
      ]),
    );
  });
});
