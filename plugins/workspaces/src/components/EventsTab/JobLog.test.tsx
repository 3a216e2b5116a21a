import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupServer } from 'msw/node';
import { registerMswTestHooks, TestApiProvider } from '@backstage/test-utils';
import { signalApiRef } from '@backstage/plugin-signals-react';
import { renderWithWorkspacesApi } from '../../__testUtils__/renderWithWorkspacesApi';
import { aJob, jobId } from './__testUtils__/events';
import { fakeBackend } from './__testUtils__/fakeBackend';
import { FakeSignalApi } from './__testUtils__/FakeSignalApi';
import {
  chunksOf,
  failedApplyLines,
  initLines,
  tfLine,
} from './__testUtils__/terraformLogChunks';
import { JobLog } from './JobLog';

// The 10,000-line log takes seconds to render in jsdom on a busy machine.
jest.setTimeout(60_000);
const slow = { timeout: 10_000 };

const server = setupServer();
registerMswTestHooks(server);

const failedJob = aJob({
  status: 'failed',
  finishedAt: '2026-11-28T10:02:00.000Z',
});

async function renderLog() {
  await renderWithWorkspacesApi(
    <TestApiProvider apis={[[signalApiRef, new FakeSignalApi()]]}>
      <JobLog job={failedJob} workspaceName="ws-q4" following={false} />
    </TestApiProvider>,
  );
  return screen.findByRole('region', { name: 'Terraform log lines' }, slow);
}

describe('JobLog', () => {
  it("shows Terraform's messages per step, marks the error and jumps to it", async () => {
    const backend = fakeBackend(server);
    backend.logs.set(jobId, [
      ...chunksOf('infrastructure', [...initLines, ...failedApplyLines]),
      ...chunksOf('orchestrator', [tfLine('orchestrator: Plan to create')], 20),
    ]);
    const log = await renderLog();

    expect(
      within(log).getByRole('heading', { name: /^Infrastructure/ }),
    ).toBeInTheDocument();
    expect(
      within(log).getByRole('heading', { name: /^App orchestrator/ }),
    ).toBeInTheDocument();
    expect(log.textContent).not.toContain('"@level"');
    expect(log.textContent).toContain('terraform_data.network: Plan to create');
    // A resource address is text, not a link to a host.
    expect(within(log).queryAllByRole('link')).toEqual([]);

    const error = within(log)
      .getByText(/compute node 0 could not start/)
      .closest('li')!;
    expect(error).toHaveAttribute('data-level', 'error');
    expect(error).toHaveTextContent('Error');
    expect(screen.getByText('1 error')).toBeInTheDocument();

    await userEvent.click(
      screen.getByRole('button', { name: /Jump to first error \(line 8\)/ }),
    );
    await waitFor(() => expect(error).toHaveFocus());
  });

  it('folds Terraform init into one line that opens on click', async () => {
    const backend = fakeBackend(server);
    backend.logs.set(
      jobId,
      chunksOf('infrastructure', [...initLines, ...failedApplyLines]),
    );
    const log = await renderLog();

    const init = within(log).getByRole('button', {
      name: 'Initialising (4 lines)',
    });
    expect(init).toHaveAttribute('aria-expanded', 'false');
    expect(within(log).queryByText('Initializing the backend...')).toBeNull();
    await userEvent.click(init);
    expect(init).toHaveAttribute('aria-expanded', 'true');
    expect(
      within(log).getByText('Successfully configured the backend "http"!'),
    ).toBeInTheDocument();
  });

  it('opens an init that failed by itself, so its error shows', async () => {
    const backend = fakeBackend(server);
    backend.logs.set(
      jobId,
      chunksOf('infrastructure', [
        ...initLines.slice(0, 2),
        tfLine('Error: Failed to get existing workspaces', {
          '@level': 'error',
          type: 'diagnostic',
        }),
      ]),
    );
    const log = await renderLog();
    expect(
      within(log).getByRole('button', { name: 'Initialising (3 lines)' }),
    ).toHaveAttribute('aria-expanded', 'true');
    expect(
      within(log).getByText('Error: Failed to get existing workspaces'),
    ).toBeInTheDocument();
  });

  it('renders the latest 500 of 10,000 lines, shows earlier ones on request, and reaches an early error', async () => {
    const backend = fakeBackend(server);
    const lines = Array.from({ length: 10_000 }, (_, index) =>
      index === 99
        ? tfLine('Error: early failure', { '@level': 'error' })
        : tfLine(`terraform_data.node[${index}]: Creating...`),
    );
    // Chunks of 50 lines, as the runner stores them.
    backend.logs.set(
      jobId,
      Array.from({ length: 200 }, (_, index) => ({
        seq: index + 1,
        text: `${lines.slice(index * 50, index * 50 + 50).join('\n')}\n`,
        createdAt: '2026-11-28T12:00:00.000Z',
        step: 'infrastructure',
      })),
    );
    const log = await renderLog();
    await waitFor(() =>
      expect(log.textContent).toContain('terraform_data.node[9999]'),
    );
    expect(log.querySelectorAll('li')).toHaveLength(500);
    expect(log.textContent).not.toContain('early failure');

    await userEvent.click(
      // By text: role queries over 1,000 lines are slow in jsdom.
      within(log).getByText(
        'Show 500 earlier lines of Infrastructure (9,500 lines hidden)',
      ),
    );
    expect(log.querySelectorAll('li')).toHaveLength(1000);

    await userEvent.click(screen.getByText('Jump to first error (line 100)'));
    const error = within(log).getByText('Error: early failure').closest('li');
    await waitFor(() => expect(error).toHaveFocus());
  });
});
