import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupServer } from 'msw/node';
import { registerMswTestHooks } from '@backstage/test-utils';
import { workspaceSignalChannel } from '@oqullus/plugin-workspaces-common';
import { aJob, anEvent, jobId, workspaceId } from './__testUtils__/events';
import { aChunk, fakeBackend } from './__testUtils__/fakeBackend';
import { renderEventsTab } from './__testUtils__/renderEventsTab';

jest.setTimeout(30_000);
const slow = { timeout: 10_000 };

const server = setupServer();
registerMswTestHooks(server);

const channel = workspaceSignalChannel(workspaceId);

afterEach(() => jest.restoreAllMocks());

describe('EventsTab, live', () => {
  it('shows an event announced by a signal once, however often it is announced', async () => {
    const backend = fakeBackend(server);
    backend.events = [
      anEvent(1, 'workspace.created', {
        name: 'Q4 pipelines',
        externalId: 'ws-q4',
      }),
    ];
    const { signals } = await renderEventsTab();
    await screen.findByText('Showing 1 of 1 events', undefined, slow);

    backend.events.push(
      anEvent(2, 'status.changed', { from: 'created', to: 'provisioning' }),
    );
    act(() => {
      // The same news twice in a row, as after a reconnect.
      signals.publish(channel, { workspaceId, kind: 'event', eventId: '2' });
      signals.publish(channel, { workspaceId, kind: 'event', eventId: '2' });
    });
    await screen.findByText('Showing 2 of 2 events', undefined, slow);
    act(() =>
      signals.publish(channel, { workspaceId, kind: 'event', eventId: '2' }),
    );
    await waitFor(() =>
      expect(backend.requests.events.length).toBeGreaterThanOrEqual(3),
    );

    expect(
      screen.getAllByText('Status changed from Created to Provisioning'),
    ).toHaveLength(1);
    expect(screen.getByText('Showing 2 of 2 events')).toBeInTheDocument();
    // Every read after the first starts from the last event seen.
    expect(backend.requests.events[0]).toBe('');
    expect(
      backend.requests.events
        .slice(1)
        .every(after => after === '1' || after === '2'),
    ).toBe(true);
  });

  it('picks up a new event by polling when no signal comes', async () => {
    const backend = fakeBackend(server);
    backend.events = [
      anEvent(1, 'workspace.created', {
        name: 'Q4 pipelines',
        externalId: 'ws-q4',
      }),
    ];
    await renderEventsTab();
    await screen.findByText('Showing 1 of 1 events', undefined, slow);
    backend.events.push(anEvent(2, 'app.synced', { app: 'orchestrator' }));
    // The poll runs every 5 s.
    expect(
      await screen.findByText('App orchestrator synced', undefined, {
        timeout: 8000,
      }),
    ).toBeInTheDocument();
    expect(screen.getAllByText('App orchestrator synced')).toHaveLength(1);
  });

  it('opens the running job with its steps', async () => {
    const backend = fakeBackend(server);
    backend.jobs = [
      aJob(),
      aJob({
        id: 'older-job',
        operation: 'sync-apps',
        status: 'failed',
        error: 'orchestrator did not start',
        finishedAt: '2026-11-28T09:10:00.000Z',
      }),
    ];
    await renderEventsTab();
    const panel = await screen.findByTestId(
      `job-panel-${jobId}`,
      undefined,
      slow,
    );
    expect(
      within(panel).getByText('Provision Infrastructure'),
    ).toBeInTheDocument();
    expect(within(panel).getByText('Attempt 1')).toBeInTheDocument();
    expect(within(panel).getByText(/Requested by/)).toHaveTextContent(
      'dana.dev',
    );
    const infrastructure = within(panel).getByTestId('job-step-infrastructure');
    expect(within(infrastructure).getByText('Running')).toBeInTheDocument();
    const app = within(panel).getByTestId('job-step-orchestrator');
    expect(within(app).getByText('Pending')).toBeInTheDocument();

    // A finished job stays closed until someone opens it.
    const older = screen.getByTestId('job-panel-older-job');
    expect(within(older).queryByRole('table')).not.toBeInTheDocument();
    await userEvent.click(within(older).getByText('Sync Apps'));
    expect(
      await within(older).findByText('orchestrator did not start'),
    ).toBeInTheDocument();
  });

  it('streams the log while the job runs and stops when it ends', async () => {
    const backend = fakeBackend(server);
    backend.jobs = [aJob()];
    backend.logs.set(jobId, [aChunk(1, 'Initializing the backend...\n')]);
    const { signals } = await renderEventsTab();
    const logText = () => screen.queryByTestId('job-log')?.textContent ?? '';
    await waitFor(
      () => expect(logText()).toContain('Initializing the backend...'),
      slow,
    );

    backend.logs
      .get(jobId)!
      .push(aChunk(2, 'Creating the storage bucket...\n'));
    act(() =>
      signals.publish(channel, { workspaceId, kind: 'event', eventId: '5' }),
    );
    await waitFor(
      () => expect(logText()).toContain('Creating the storage bucket...'),
      slow,
    );
    // Each read after the first asks only for what follows the last chunk.
    expect(backend.requests.log[0]).toBe('');
    expect(backend.requests.log.slice(1)).toContain('1');

    backend.logs
      .get(jobId)!
      .push(aChunk(3, 'Apply complete! Resources: 1 added.\n'));
    backend.jobs = [
      aJob({
        status: 'succeeded',
        finishedAt: '2026-11-28T10:02:00.000Z',
        steps: aJob().steps.map(step => ({
          ...step,
          status: 'succeeded' as const,
        })),
      }),
    ];
    act(() =>
      signals.publish(channel, {
        workspaceId,
        kind: 'status',
        status: 'running',
      }),
    );
    // The job and both its steps.
    expect(
      await screen.findAllByTestId('job-status-succeeded', undefined, slow),
    ).toHaveLength(3);
    await waitFor(
      () => expect(logText()).toContain('Apply complete! Resources: 1 added.'),
      slow,
    );
    expect(logText().split('Creating the storage bucket...')).toHaveLength(2);
    expect(screen.getByText('Terraform log')).toBeInTheDocument();

    const readsWhenEnded = backend.requests.log.length;
    const jobReadsWhenEnded = backend.requests.job;
    backend.logs.get(jobId)!.push(aChunk(4, 'written after the end\n'));
    act(() =>
      signals.publish(channel, { workspaceId, kind: 'event', eventId: '9' }),
    );
    // Longer than the 2 s job poll: nothing more is read for an ended job.
    await new Promise(resolve => setTimeout(resolve, 2500));
    expect(backend.requests.log.length).toBe(readsWhenEnded);
    expect(backend.requests.job).toBe(jobReadsWhenEnded);
    expect(logText()).not.toContain('written after the end');
  });

  it('downloads the whole log as one file named after the workspace, operation and job', async () => {
    const backend = fakeBackend(server);
    backend.jobs = [
      aJob({ status: 'succeeded', finishedAt: '2026-11-28T10:02:00.000Z' }),
    ];
    const lines = Array.from(
      { length: 1500 },
      (_, index) => `line ${index + 1} of the plan\n`,
    );
    backend.logs.set(
      jobId,
      lines.map((text, index) => aChunk(index + 1, text)),
    );
    const blobs: Blob[] = [];
    const createObjectURL = jest.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:job-log';
    });
    const revokeObjectURL = jest.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const clicked: HTMLAnchorElement[] = [];
    jest
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(function click(this: HTMLAnchorElement) {
        clicked.push(this);
      });

    await renderEventsTab();
    const panel = await screen.findByTestId(
      `job-panel-${jobId}`,
      undefined,
      slow,
    );
    await userEvent.click(within(panel).getByText('Provision Infrastructure'));
    const download = await within(panel).findByRole('button', {
      name: 'Download raw log',
    });
    await waitFor(() => expect(download).toBeEnabled());
    await userEvent.click(download);

    expect(blobs).toHaveLength(1);
    expect(await blobs[0].text()).toBe(lines.join(''));
    // Pages of 1000 chunks; the short second one is the end, so no empty third read.
    expect(backend.requests.log).toEqual(['', '1000']);
    expect(clicked[0].download).toBe(`ws-q4pipelines-provision-${jobId}.log`);
    expect(clicked[0].href).toBe('blob:job-log');
  });

  it('shows the server sentence when the job log cannot be read', async () => {
    const backend = fakeBackend(server);
    backend.jobs = [aJob()];
    const { rest } = jest.requireActual('msw');
    server.use(
      rest.get(
        `http://localhost:7007/api/workspaces/jobs/:jobId/log`,
        (_req: any, res: any, ctx: any) =>
          res(
            ctx.status(404),
            ctx.json({
              error: {
                name: 'NotFoundError',
                message: 'The log of this job was removed with its workspace',
              },
              request: { method: 'GET', url: '/jobs/x/log' },
              response: { statusCode: 404 },
            }),
          ),
      ),
    );
    await renderEventsTab();
    expect(
      await screen.findByText(
        /The log of this job was removed with its workspace/,
        undefined,
        slow,
      ),
    ).toBeInTheDocument();
  });
});
