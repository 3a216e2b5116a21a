import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { rest } from 'msw';
import { setupServer } from 'msw/node';
import { registerMswTestHooks } from '@backstage/test-utils';
import type { StateLockView } from '@oqullus/plugin-workspaces-common';
import {
  renderWithWorkspacesApi,
  workspacesBaseUrl,
} from '../../../__testUtils__/renderWithWorkspacesApi';
import { StateLocksPanel } from './StateLocksPanel';

jest.setTimeout(30_000);
configure({ asyncUtilTimeout: 10_000 });

const server = setupServer();
registerMswTestHooks(server);

const staleLock: StateLockView = {
  component: 'infrastructure',
  holder: 'user:default/dana.dev',
  jobId: 'b9f7c1de-1111-4a4a-9a9a-0000000000aa',
  operation: 'provision',
  lockedAt: '2026-12-03T10:00:00.000Z',
  staleReason: 'job-not-running',
};
const runningLock: StateLockView = {
  component: 'notebooks',
  holder: 'user:default/dana.dev',
  jobId: 'c0ffee00-1111-4a4a-9a9a-0000000000bb',
  operation: 'sync-apps',
  lockedAt: '2026-12-03T10:05:00.000Z',
};
const unlockUrl = (workspaceId: string, component: string) =>
  `${workspacesBaseUrl}/workspaces/${workspaceId}/state-locks/${component}`;

describe('StateLocksPanel', () => {
  it('shows nothing while no state is locked', async () => {
    await renderWithWorkspacesApi(
      <StateLocksPanel
        workspaceId="ws-0"
        stateLocks={[]}
        onChanged={() => {}}
      />,
    );
    expect(screen.queryByTestId('state-locks')).not.toBeInTheDocument();
  });

  it('lets an Account Owner or Admin force-unlock a stale lock after confirming, and refreshes the workspace', async () => {
    const unlocks: string[] = [];
    server.use(
      rest.delete(unlockUrl('ws-1', 'infrastructure'), (req, res, ctx) => {
        unlocks.push(req.url.pathname);
        return res(ctx.status(204));
      }),
    );
    const onChanged = jest.fn();
    await renderWithWorkspacesApi(
      <StateLocksPanel
        workspaceId="ws-1"
        stateLocks={[staleLock, runningLock]}
        onChanged={onChanged}
      />,
    );
    expect(
      screen.getByRole('heading', { name: 'State locked' }),
    ).toBeInTheDocument();
    expect(
      // The holder's name is an element of its own inside the sentence.
      screen.getByText(
        (_, element) =>
          element?.tagName === 'P' &&
          /locked by job b9f7c1de \(Provision Infrastructure\) for dana\.dev since .*its job has ended/.test(
            element.textContent ?? '',
          ),
      ),
    ).toBeInTheDocument();
    // The running job's lock is not offered: the job has to be cancelled first.
    expect(
      screen.getByText(/that job is still running\. Cancel it first/),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Force unlock notebooks' }),
    ).not.toBeInTheDocument();

    await userEvent.click(
      await screen.findByRole('button', {
        name: 'Force unlock infrastructure',
      }),
    );
    const dialog = screen.getByRole('dialog', {
      name: 'Force-unlock the state of infrastructure?',
    });
    expect(dialog).toHaveTextContent(
      /Release it only if that Terraform run is really over/,
    );
    expect(unlocks).toEqual([]);
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Force unlock' }),
    );
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
    expect(unlocks).toEqual([
      '/api/workspaces/workspaces/ws-1/state-locks/infrastructure',
    ]);
  });

  it('shows the server’s refusal next to the lock', async () => {
    server.use(
      rest.delete(unlockUrl('ws-3', 'infrastructure'), (_req, res, ctx) =>
        res(
          ctx.status(409),
          ctx.json({
            error: {
              name: 'ConflictError',
              message:
                'The state of infrastructure is locked by job b9f7c1de, which is still running and may be writing it; cancel the job first (its Terraform then releases the lock), or wait for it to finish',
            },
          }),
        ),
      ),
    );
    await renderWithWorkspacesApi(
      <StateLocksPanel
        workspaceId="ws-3"
        stateLocks={[staleLock]}
        onChanged={() => {}}
      />,
    );
    await userEvent.click(
      await screen.findByRole('button', {
        name: 'Force unlock infrastructure',
      }),
    );
    await userEvent.click(
      within(screen.getByRole('dialog')).getByRole('button', {
        name: 'Force unlock',
      }),
    );
    expect(
      await screen.findByText(
        /cancel the job first \(its Terraform then releases the lock\)/,
      ),
    ).toBeInTheDocument();
  });

  it('tells everyone else who can force-unlock, with no button', async () => {
    await renderWithWorkspacesApi(
      <StateLocksPanel
        workspaceId="ws-2"
        stateLocks={[staleLock]}
        onChanged={() => {}}
      />,
      { permission: 'deny' },
    );
    expect(
      await screen.findByText(
        /an Account Owner or Admin can force-unlock it from this page/,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
