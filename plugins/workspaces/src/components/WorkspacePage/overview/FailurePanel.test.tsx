import { screen } from '@testing-library/react';
import { rest } from 'msw';
import { setupServer } from 'msw/node';
import { registerMswTestHooks } from '@backstage/test-utils';
import {
  renderWithWorkspacesApi,
  workspacesBaseUrl,
} from '../../../__testUtils__/renderWithWorkspacesApi';
import { FailurePanel } from './FailurePanel';

const server = setupServer();
registerMswTestHooks(server);

const cancelledJob = {
  id: 'job-1',
  workspaceId: 'ws-1',
  operation: 'provision',
  status: 'cancelled',
  requestedBy: 'user:default/adrian.admin',
  attempt: 1,
  steps: [],
  createdAt: '2026-11-28T10:00:00.000Z',
  cancelRequestedAt: '2026-11-28T10:01:00.000Z',
};

function serveHistory(jobs: unknown[], events: unknown[] = []) {
  server.use(
    rest.get(`${workspacesBaseUrl}/workspaces/ws-1/jobs`, (_req, res, ctx) =>
      res(ctx.json({ items: jobs })),
    ),
    rest.get(`${workspacesBaseUrl}/workspaces/ws-1/events`, (_req, res, ctx) =>
      res(ctx.json({ items: events })),
    ),
  );
}

describe('FailurePanel', () => {
  it("says why the workspace failed and leads to the Settings' template inputs", async () => {
    serveHistory([{ ...cancelledJob, status: 'failed' }]);
    await renderWithWorkspacesApi(
      <FailurePanel workspaceId="ws-1" failureReason="Apply failed" />,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('Apply failed');
    expect(
      screen.getByRole('button', { name: 'Edit inputs and retry' }),
    ).toHaveAttribute('href', '/workspaces/ws-1/settings#template-inputs');
  });

  it('says who cancelled the job, as no error, and how to go on', async () => {
    serveHistory(
      [cancelledJob],
      [
        {
          id: '7',
          workspaceId: 'ws-1',
          jobId: 'job-1',
          type: 'job.cancelled',
          level: 'warning',
          actor: 'user:default/dana.dev',
          createdAt: '2026-11-28T10:01:00.000Z',
          message: 'user:default/dana.dev asked to cancel',
          data: { operation: 'provision' },
        },
      ],
    );
    await renderWithWorkspacesApi(
      <FailurePanel
        workspaceId="ws-1"
        failureReason="The step was cancelled while applying."
      />,
    );
    const panel = await screen.findByTestId('cancelled-job');
    expect(panel).toHaveTextContent(
      'Provision Infrastructure was cancelled by dana.dev',
    );
    expect(panel).toHaveTextContent('Nothing went wrong');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
