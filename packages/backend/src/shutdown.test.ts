import { writeFile } from 'node:fs/promises';
import { addressesIn, createdInJob, eventsOf } from './__testUtils__/portalApi';
import {
  createGatedWorkspace,
  logText,
  ownerApi,
  portalScenario,
  postgresConnectionString,
  refusedStateRequests,
  runnerPidsOf,
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
// Kubernetes' default terminationGracePeriodSeconds.
const KUBERNETES_GRACE_MS = 30_000;

/**
 * The example portal's backend, in a process of its own, gets SIGTERM while Terraform
 * applies: the runner interrupts Terraform first, while the state endpoint still
 * serves it, so what exists is saved; the job goes back to the queue, and the next
 * runner (after a restart, or the other replica) finishes it without creating anything
 * twice.
 */
describe('a SIGTERM while Terraform applies', () => {
  it('saves what Terraform built, exits within 30 s, and the restarted backend finishes the job without creating anything twice (SQLite)', async () => {
    const scenario = await portalScenario('sqlite');
    try {
      const first = await scenario.start();
      const api = await ownerApi(first);
      const gate = scenario.gateFile();
      const { id, jobId } = await createGatedWorkspace(api, gate);
      await waitAtGate(api, id);
      expect(createdInJob(await eventsOf(api, id), jobId).sort()).toEqual(
        BEFORE_GATE,
      );

      // Only the backend's user can enter the job's directory or read its plan.
      const log = await api.get(`/jobs/${jobId}/log?limit=500`);
      expect(logText(log.body)).toContain('modes: job directory 700, plan 600');

      const exit = await first.signal('SIGTERM');
      expect(exit.code).toBe(0);
      expect(exit.afterSignalMs).toBeLessThan(KUBERNETES_GRACE_MS);
      expect(refusedStateRequests(first)).toEqual([]);

      await writeFile(gate, 'open');
      const second = await scenario.start({}, { port: first.port });
      const after = await ownerApi(second);
      const view = await waitForStatus(after, id, ['running', 'failed']);
      expect(view.failureReason).toBeUndefined();
      expect(view.status).toBe('running');

      const jobs = (await after.get(`/workspaces/${id}/jobs`)).body.items;
      expect(jobs.map((job: any) => [job.id, job.status])).toEqual([
        [jobId, 'succeeded'],
      ]);
      const events = await eventsOf(after, id);
      expect(
        events.filter(e => e.type === 'job.queued').map(e => e.message),
      ).toEqual([
        'Provision Infrastructure is queued',
        'Provision Infrastructure went back to the queue: the backend it ran on shut down, and Terraform stopped with its state saved; the next runner goes on from there',
      ]);
      // Each resource was created once: the resumed run planned nothing for those
      // that existed before the signal.
      const created = createdInJob(events, jobId);
      for (const address of BEFORE_GATE) {
        expect(created.filter(a => a === address)).toEqual([address]);
      }
      expect(
        addressesIn(await after.state(id, 'infrastructure')).sort(),
      ).toEqual(EVERYTHING.sort());
      expect(
        events
          .filter(e => e.type === 'status.changed')
          .map(e => [e.data.from, e.data.to]),
      ).toEqual([
        ['created', 'provisioning'],
        ['provisioning', 'running'],
      ]);
    } finally {
      await scenario.dispose();
    }
  });

  // Like the plugins' database tests: PostgreSQL when one answers, and always in CI.
  if (!postgresConnectionString) {
    it('has PostgreSQL for the two-replica case when in CI', () => {
      expect(process.env.CI).toBeFalsy();
    });
    return;
  }

  it('with two replicas on one PostgreSQL: the other replica keeps serving and claiming, and finishes the job', async () => {
    const scenario = await portalScenario(
      pgDatabase(postgresConnectionString!),
    );
    try {
      // One after the other: two replicas starting at once race on Backstage's own
      // migrations of a fresh database.
      const replicas = [await scenario.start(), await scenario.start()];
      const api = await ownerApi(replicas[0]);
      const gate = scenario.gateFile();
      const { id, jobId } = await createGatedWorkspace(api, gate);
      await waitAtGate(api, id);
      const [claimerPid] = runnerPidsOf(await eventsOf(api, id), jobId);
      const claimer = replicas.find(r => r.child.pid === claimerPid)!;
      const other = replicas.find(r => r !== claimer)!;
      expect(claimer).toBeDefined();
      const otherApi = await ownerApi(other);

      const exiting = claimer.signal('SIGTERM');
      // Meanwhile the other replica answers and claims new jobs.
      const openGate = scenario.gateFile();
      await writeFile(openGate, 'open');
      const second = await createGatedWorkspace(
        otherApi,
        openGate,
        'Created during the shutdown',
      );
      const exit = await exiting;
      expect(exit.code).toBe(0);
      expect(exit.afterSignalMs).toBeLessThan(KUBERNETES_GRACE_MS);
      expect(refusedStateRequests(claimer)).toEqual([]);

      await writeFile(gate, 'open');
      const view = await waitForStatus(otherApi, id, ['running', 'failed']);
      expect(view.failureReason).toBeUndefined();
      expect(view.status).toBe('running');
      const events = await eventsOf(otherApi, id);
      expect(runnerPidsOf(events, jobId)).toEqual([
        claimer.child.pid,
        other.child.pid,
      ]);
      const created = createdInJob(events, jobId);
      for (const address of BEFORE_GATE) {
        expect(created.filter(a => a === address)).toEqual([address]);
      }
      expect(
        addressesIn(await otherApi.state(id, 'infrastructure')).sort(),
      ).toEqual(EVERYTHING.sort());

      await waitForStatus(otherApi, second.id, ['running']);
      expect(
        runnerPidsOf(await eventsOf(otherApi, second.id), second.jobId),
      ).toEqual([other.child.pid]);
      await other.signal('SIGTERM');
    } finally {
      await scenario.dispose();
    }
  });
});
