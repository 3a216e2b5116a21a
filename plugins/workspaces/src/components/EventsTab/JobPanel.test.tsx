import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupServer } from 'msw/node';
import { registerMswTestHooks } from '@backstage/test-utils';
import { aJob, jobId } from './__testUtils__/events';
import { fakeBackend } from './__testUtils__/fakeBackend';
import { renderEventsTab } from './__testUtils__/renderEventsTab';

jest.setTimeout(30_000);

const server = setupServer();
registerMswTestHooks(server);

const stepError =
  'local-exec provisioner error: compute node 0 could not start: fail_on_apply is set';

describe('JobPanel', () => {
  it('says why a job failed once, with the step, and keeps the step table to its columns', async () => {
    const backend = fakeBackend(server);
    backend.jobs = [
      aJob({
        status: 'failed',
        error: stepError,
        finishedAt: '2026-11-28T10:02:00.000Z',
        steps: [
          {
            name: 'infrastructure',
            kind: 'infrastructure',
            status: 'failed',
            startedAt: '2026-11-28T10:00:01.000Z',
            finishedAt: '2026-11-28T10:01:00.000Z',
            error: stepError,
          },
          { name: 'orchestrator', kind: 'app', status: 'pending' },
        ],
      }),
    ];
    await renderEventsTab();
    const panel = await screen.findByTestId(`job-panel-${jobId}`, undefined, {
      timeout: 10_000,
    });
    await userEvent.click(within(panel).getByText('Provision Infrastructure'));

    const failure = await within(panel).findByTestId('job-failure');
    expect(failure).toHaveTextContent(`Infrastructure failed${stepError}`);
    expect(within(panel).getAllByText(stepError)).toHaveLength(1);
    const table = within(panel).getByRole('table', { name: 'Job steps' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map(cell => cell.textContent),
    ).toEqual(['Step', 'Status', 'Started', 'Duration']);
  });

  it("shows the job's own error when no step failed", async () => {
    const backend = fakeBackend(server);
    backend.jobs = [
      aJob({
        status: 'failed',
        error: 'The runner stopped while orchestrator ran',
        finishedAt: '2026-11-28T10:02:00.000Z',
      }),
    ];
    await renderEventsTab();
    const panel = await screen.findByTestId(`job-panel-${jobId}`, undefined, {
      timeout: 10_000,
    });
    await userEvent.click(within(panel).getByText('Provision Infrastructure'));
    expect(await within(panel).findByTestId('job-failure')).toHaveTextContent(
      'The job failedThe runner stopped while orchestrator ran',
    );
  });
});
