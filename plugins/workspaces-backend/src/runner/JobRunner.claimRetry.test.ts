import { mockServices } from '@backstage/backend-test-utils';
import type { WorkspacesDatabase } from '../database/WorkspacesDatabase';
import { JobRunner } from './JobRunner';
import type { RunnerOptions } from './RunnerOptions';

const options: RunnerOptions = {
  enabled: true,
  runnerId: 'host-a:1:test0000',
  concurrency: 1,
  pollIntervalMs: 10,
  leaseMs: 30_000,
  heartbeatMs: 1_000,
  recoveryIntervalMs: 60_000,
  stepTimeoutMs: 60_000,
  cancelGraceMs: 100,
  workDirectory: '/nonexistent',
  terraformBinary: 'terraform',
};

/** A queue whose claims fail `failing` times, then find nothing; records when each came. */
function flakyQueue(failing: number) {
  const claimedAt: number[] = [];
  const database = {
    stores: {
      jobQueue: {
        claimNext: async () => {
          claimedAt.push(Date.now());
          if (claimedAt.length <= failing) {
            throw new Error('connection refused');
          }
          return undefined;
        },
      },
    },
  } as unknown as WorkspacesDatabase;
  return { database, claimedAt };
}

describe('JobRunner claims', () => {
  it('back off after failures, and poll at the normal pace again once a claim succeeds', async () => {
    const { database, claimedAt } = flakyQueue(3);
    const logger = mockServices.logger.mock();
    const runner = new JobRunner({
      database,
      execution: { execute: async () => {} },
      recovery: {
        recoverExpired: async () => {},
        recoverAtStartup: async () => {},
      },
      options,
      logger,
      clock: () => new Date(),
      claimRetry: { initialMs: 100, maxMs: 1_000, jitter: 0 },
    });
    runner.start();
    while (claimedAt.length < 8) await new Promise(r => setTimeout(r, 5));
    await runner.stop();

    const gaps = claimedAt.slice(1).map((at, i) => at - claimedAt[i]);
    // After the 1st, 2nd and 3rd failure: 100, 200 and 400 ms.
    expect(gaps[0]).toBeGreaterThanOrEqual(95);
    expect(gaps[1]).toBeGreaterThanOrEqual(195);
    expect(gaps[2]).toBeGreaterThanOrEqual(395);
    // The 4th claim succeeded: the next ones come at the poll interval.
    for (const gap of gaps.slice(3)) expect(gap).toBeLessThan(95);
    expect(logger.error).toHaveBeenCalledWith(
      'Claiming a job failed (3 in a row); trying again in 400 ms: Error: connection refused',
    );
  });
});
