import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { rest } from 'msw';
import { setupServer } from 'msw/node';
import { registerMswTestHooks } from '@backstage/test-utils';
import { workspacesBaseUrl } from '../../__testUtils__/renderWithWorkspacesApi';
import {
  aJob,
  anEvent,
  jobId,
  manyResourceEvents,
} from './__testUtils__/events';
import { fakeBackend } from './__testUtils__/fakeBackend';
import { renderEventsTab } from './__testUtils__/renderEventsTab';

// Hundreds of rows render slowly in jsdom; the browser is not the bottleneck here.
jest.setTimeout(60_000);
const slow = { timeout: 15_000 };

const server = setupServer();
registerMswTestHooks(server);

function shownEvents() {
  return within(screen.getByRole('list', { name: 'Workspace events' }))
    .getAllByTestId('workspace-event')
    .map(row => row.textContent ?? '');
}

describe('EventsTab', () => {
  it('shows progress while the events load', async () => {
    const backend = fakeBackend(server);
    server.use(
      rest.get(`${workspacesBaseUrl}/workspaces/:id/events`, (_req, res, ctx) =>
        res(ctx.delay('infinite')),
      ),
    );
    await renderEventsTab();
    expect(screen.getByTestId('progress')).toBeInTheDocument();
    expect(backend.requests.events).toEqual([]);
  });

  it('says so when nothing has happened yet', async () => {
    fakeBackend(server);
    await renderEventsTab();
    expect(await screen.findByText('No events yet')).toBeInTheDocument();
    expect(screen.getByText(/No jobs have run yet/)).toBeInTheDocument();
  });

  it('reads every page and shows each event as a sentence', async () => {
    const backend = fakeBackend(server);
    backend.events = [
      anEvent(
        1,
        'workspace.created',
        { name: 'Q4 pipelines', externalId: 'ws-q4' },
        { actor: 'user:default/dana.dev' },
      ),
      anEvent(
        2,
        'job.queued',
        { operation: 'provision' },
        { actor: 'user:default/dana.dev', jobId },
      ),
      anEvent(3, 'status.changed', { from: 'provisioning', to: 'running' }),
      anEvent(4, 'terraform.resource', {
        address: 'aws_s3_bucket.data',
        action: 'create',
        phase: 'completed',
        elapsedSeconds: 3,
      }),
      anEvent(5, 'terraform.change-summary', {
        add: 3,
        change: 0,
        remove: 0,
        operation: 'plan',
      }),
      anEvent(
        6,
        'terraform.diagnostic',
        {
          severity: 'warning',
          summary: 'Deprecated argument',
          detail: 'Use bucket_prefix instead.',
        },
        { level: 'warning' },
      ),
    ];
    await renderEventsTab();
    await screen.findByText('Showing 6 of 6 events', undefined, slow);
    const rows = shownEvents();
    expect(rows[0]).toContain('Warning: Deprecated argument');
    expect(rows[0]).toContain('Use bucket_prefix instead.');
    expect(rows[1]).toContain('Plan: 3 to add, 0 to change, 0 to destroy');
    expect(rows[2]).toContain('aws_s3_bucket.data: create completed (3 s)');
    expect(rows[3]).toContain('Status changed from Provisioning to Running');
    expect(rows[4]).toMatch(/dana\.dev requested Provision Infrastructure/);
    expect(rows[5]).toMatch(
      /dana\.dev created the workspace Q4 pipelines \(ws-q4\)/,
    );
    expect(screen.getAllByTestId('level-warning').length).toBeGreaterThan(0);
  });

  it('names the step of each Terraform event, and reads older events without one', async () => {
    const backend = fakeBackend(server);
    backend.events = [
      anEvent(1, 'terraform.change-summary', {
        add: 1,
        change: 0,
        remove: 0,
        operation: 'plan',
        step: 'orchestrator',
      }),
      anEvent(2, 'terraform.resource', {
        address: 'terraform_data.network',
        action: 'create',
        phase: 'completed',
        step: 'infrastructure',
      }),
      anEvent(
        3,
        'terraform.diagnostic',
        {
          severity: 'error',
          summary: 'local-exec provisioner error',
          step: 'notebooks',
        },
        { level: 'error' },
      ),
      anEvent(4, 'terraform.change-summary', {
        add: 2,
        change: 0,
        remove: 0,
        operation: 'apply',
      }),
    ];
    await renderEventsTab();
    await screen.findByText('Showing 4 of 4 events', undefined, slow);
    const rows = shownEvents();
    expect(rows[0]).toContain('Apply: 2 to add, 0 to change, 0 to destroy');
    expect(rows[0]).not.toContain('—');
    expect(rows[1]).toContain(
      'App notebooks — Error: local-exec provisioner error',
    );
    expect(rows[2]).toContain(
      'Infrastructure — terraform_data.network: create completed',
    );
    expect(rows[3]).toContain(
      'App orchestrator — Plan: 1 to add, 0 to change, 0 to destroy',
    );
  });

  it('reads 600 events in two pages, newest first, and oldest first on request', async () => {
    const backend = fakeBackend(server);
    backend.events = manyResourceEvents(600);
    await renderEventsTab();
    await screen.findByText('Showing 600 of 600 events', undefined, slow);
    // Pages of at most 500, the second after the last id of the first; the
    // second is short, so it is the last: no third read of an empty page.
    expect(backend.requests.events).toEqual(['', '500']);

    // 250 rows at first; the rest on request.
    let rows = shownEvents();
    expect(rows).toHaveLength(250);
    expect(rows[0]).toContain('terraform_data.item[600]:');
    expect(rows[249]).toContain('terraform_data.item[351]:');
    await userEvent.click(screen.getByText('Show 250 more events'));
    rows = shownEvents();
    expect(rows).toHaveLength(500);
    expect(rows[499]).toContain('terraform_data.item[101]:');
    expect(new Set(rows).size).toBe(500);
    expect(screen.getByText('Show 100 more events')).toBeInTheDocument();

    await userEvent.click(screen.getByLabelText('Order'));
    await userEvent.click(screen.getByText('Oldest first'));
    rows = shownEvents();
    expect(rows[0]).toContain('terraform_data.item[1]:');
    expect(rows[1]).toContain('terraform_data.item[2]:');
    expect(rows[249]).toContain('terraform_data.item[250]:');
  });

  it('filters by kind and by level, with counts on the chips', async () => {
    const backend = fakeBackend(server);
    backend.events = [
      ...manyResourceEvents(300),
      anEvent(
        301,
        'member.added',
        { member: 'user:default/noah.analyst', role: 'viewer' },
        { actor: 'user:default/dana.dev' },
      ),
      anEvent(
        302,
        'job.finished',
        { operation: 'provision', status: 'failed', error: 'apply failed' },
        { level: 'error', jobId },
      ),
    ];
    await renderEventsTab();
    await screen.findByText('Showing 302 of 302 events', undefined, slow);
    expect(shownEvents()).toHaveLength(250);

    // getByRole is slow on hundreds of rows; the chip is the element with role button.
    const chip = (label: string) =>
      screen.getByText(label).closest('[role="button"]')!;
    expect(chip('Terraform (300)')).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(chip('Terraform (300)'));
    expect(chip('Terraform (300)')).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByText('Showing 2 of 302 events')).toBeInTheDocument();
    expect(shownEvents()[0]).toContain(
      'Provision Infrastructure failed: apply failed',
    );
    expect(shownEvents()[1]).toMatch(/added noah\.analyst as Viewer/);

    await userEvent.click(chip('Info (271)'));
    expect(screen.getByText('Showing 1 of 302 events')).toBeInTheDocument();
    expect(shownEvents()[0]).toContain('Provision Infrastructure failed');

    await userEvent.click(chip('Terraform (300)'));
    // Every tenth resource event errored: 30 of them, plus the failed job.
    expect(screen.getByText('Showing 31 of 302 events')).toBeInTheDocument();
    expect(shownEvents().every(row => /errored|failed/.test(row))).toBe(true);

    await userEvent.click(chip('Error (31)'));
    expect(
      screen.getByText(/No events match these filters/),
    ).toBeInTheDocument();
  });

  it('shows the server sentence when the events cannot be read', async () => {
    fakeBackend(server);
    server.use(
      rest.get(`${workspacesBaseUrl}/workspaces/:id/events`, (_req, res, ctx) =>
        res(
          ctx.status(403),
          ctx.json({
            error: {
              name: 'NotAllowedError',
              message:
                'You are not a member of this workspace; ask its owner to add you',
            },
            request: { method: 'GET', url: '/workspaces/x/events' },
            response: { statusCode: 403 },
          }),
        ),
      ),
    );
    await renderEventsTab();
    expect(
      await screen.findByText(
        'You are not a member of this workspace; ask its owner to add you',
        undefined,
        slow,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/The events could not be loaded/),
    ).toBeInTheDocument();
  });

  it('links a job event to its job panel', async () => {
    const backend = fakeBackend(server);
    backend.jobs = [
      aJob({ status: 'succeeded', finishedAt: '2026-11-28T10:01:00.000Z' }),
    ];
    backend.events = [
      anEvent(1, 'job.started', { operation: 'provision' }, { jobId }),
    ];
    await renderEventsTab();
    await screen.findByText('Showing 1 of 1 events', undefined, slow);
    expect(
      screen.queryByRole('table', { name: 'Job steps' }),
    ).not.toBeInTheDocument();
    await userEvent.click(
      screen.getByRole('button', {
        name: 'Provision Infrastructure (attempt 1)',
      }),
    );
    expect(
      await screen.findByRole('table', { name: 'Job steps' }),
    ).toBeInTheDocument();
  });
});
