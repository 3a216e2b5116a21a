import { readdir, readFile, readlink, writeFile } from 'node:fs/promises';
import { eventually } from '@oqullus/plugin-workspaces-common/testUtils';
import {
  addressesIn,
  createdInJob,
  eventsOf,
  portalPatience,
  type WorkspacesApi,
} from './__testUtils__/portalApi';
import {
  createGatedWorkspace,
  ownerApi,
  portalScenario,
  postgresConnectionString,
  waitAtGate,
  waitForStatus,
} from './__testUtils__/portalScenario';
import { pgDatabase } from './__testUtils__/portalTestConfig';

jest.setTimeout(400_000);

const BEFORE_GATE = [0, 1, 2].map(i => `terraform_data.before_gate[${i}]`);
const EVERYTHING = [
  ...BEFORE_GATE,
  'terraform_data.gate',
  'terraform_data.after_gate[0]',
  'terraform_data.after_gate[1]',
];
// Long, so that a recovery that waited for the lease could not pass for one at start-up.
const LEASE_SECONDS = 90;

/** Processes of this host working inside a directory: what a dead runner left. */
async function processesWorkingIn(directory: string): Promise<string[]> {
  const found: string[] = [];
  for (const pid of await readdir('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    const cwd = await readlink(`/proc/${pid}/cwd`).catch(() => '');
    if (cwd.startsWith(`${directory}/`)) {
      found.push(
        (await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => ''))
          .split('\0')
          .join(' '),
      );
    }
  }
  return found;
}

async function retryProvision(api: WorkspacesApi, id: string) {
  const retry = await api.post(`/workspaces/${id}/operations`, {
    operation: 'provision',
  });
  expect(retry.status).toBe(202);
  const view = await waitForStatus(api, id, ['running', 'failed']);
  expect(view.failureReason).toBeUndefined();
  expect(view.status).toBe('running');
  return retry.body.job.id as string;
}

/**
 * `kill -9` of the example portal's backend while Terraform applies. Terraform writes
 * its output to files, so it outlives the backend; the restarted backend finds its own
 * dead run at start-up (same host, process gone) instead of waiting for the lease.
 */
describe('a kill -9 of the backend while Terraform applies', () => {
  it('is recovered at start-up: Terraform, still running, is interrupted and saves what it built through the restarted backend, and the retry creates none of it again (SQLite)', async () => {
    const scenario = await portalScenario('sqlite');
    try {
      const runner = { leaseSeconds: LEASE_SECONDS };
      const first = await scenario.start(runner);
      const api = await ownerApi(first);
      const gate = scenario.gateFile();
      const { id, jobId } = await createGatedWorkspace(api, gate);
      await waitAtGate(api, id);

      await first.signal('SIGKILL');
      // Terraform lives on without its backend.
      expect(await processesWorkingIn(scenario.workDirectory)).toEqual(
        expect.arrayContaining([expect.stringMatching(/terraform apply/)]),
      );

      const restartedAt = Date.now();
      // Restarted where it ran: Terraform's backend address names this port.
      const second = await scenario.start(runner, { port: first.port });
      const after = await ownerApi(second);
      const failed = await waitForStatus(after, id, ['failed'], 60_000);
      expect(Date.now() - restartedAt).toBeLessThan(LEASE_SECONDS * 1000);
      expect(failed.failureReason).toMatch(
        /^runner lost: .+ stopped while the job ran\. Terraform, still running on this host, was interrupted and saved its state\. Run the operation again to go on from the state\.$/,
      );
      expect(await processesWorkingIn(scenario.workDirectory)).toEqual([]);
      expect(await readdir(scenario.workDirectory)).toEqual([]);
      expect(addressesIn(await after.state(id, 'infrastructure'))).toEqual(
        expect.arrayContaining(BEFORE_GATE),
      );

      await writeFile(gate, 'open');
      const retryJobId = await retryProvision(after, id);
      const events = await eventsOf(after, id);
      expect(createdInJob(events, jobId).sort()).toEqual(BEFORE_GATE);
      expect(createdInJob(events, retryJobId)).not.toEqual(
        expect.arrayContaining([expect.stringMatching(/before_gate/)]),
      );
      expect(
        addressesIn(await after.state(id, 'infrastructure')).sort(),
      ).toEqual(EVERYTHING.sort());
    } finally {
      await scenario.dispose();
    }
  });

  if (!postgresConnectionString) {
    it('has PostgreSQL for the errored-state case when in CI', () => {
      expect(process.env.CI).toBeFalsy();
    });
    return;
  }

  it('pushes the state Terraform wrote to errored.tfstate while the backend was down, so the retry has nothing to create (PostgreSQL)', async () => {
    const scenario = await portalScenario(
      pgDatabase(postgresConnectionString!),
    );
    try {
      const runner = { leaseSeconds: LEASE_SECONDS };
      const first = await scenario.start(runner);
      const api = await ownerApi(first);
      const gate = scenario.gateFile();
      const { id, jobId } = await createGatedWorkspace(api, gate);
      await waitAtGate(api, id);

      await first.signal('SIGKILL');
      // With nobody to stop it, Terraform finishes the apply and cannot save the state.
      await writeFile(gate, 'open');
      await eventually(
        'Terraform to give up saving and exit',
        async () =>
          (await processesWorkingIn(scenario.workDirectory)).length === 0 ||
          undefined,
        portalPatience,
      );

      const second = await scenario.start(runner, { port: first.port });
      const after = await ownerApi(second);
      const failed = await waitForStatus(after, id, ['failed'], 60_000);
      expect(failed.failureReason).toContain(
        'The runner pushed that state of infrastructure into the storage',
      );
      expect(failed.keptStates).toEqual([]);
      const pushed = (await eventsOf(after, id)).filter(
        e => e.type === 'state.pushed',
      );
      expect(pushed.map(e => [e.jobId, e.data.component])).toEqual([
        [jobId, 'infrastructure'],
      ]);
      expect(
        addressesIn(await after.state(id, 'infrastructure')).sort(),
      ).toEqual(EVERYTHING.sort());

      const retryJobId = await retryProvision(after, id);
      const events = await eventsOf(after, id);
      expect(createdInJob(events, retryJobId)).toEqual([]);
      const summaries = events.filter(
        e => e.jobId === retryJobId && e.type === 'terraform.change-summary',
      );
      expect(summaries.map(e => e.data.add)).toEqual([0]);
    } finally {
      await scenario.dispose();
    }
  });
});
