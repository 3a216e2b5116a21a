import type { TestDatabaseId } from '@backstage/backend-test-utils';
import { aLock } from '../state/__testUtils__/stateDocuments';
import {
  aRunningJob,
  inMinutes,
  setJobRun,
} from '../state/__testUtils__/runningJobs';
import { DatabaseStateStore } from '../state/DatabaseStateStore';
import type { ExampleCaller } from '../__testUtils__/exampleOrg';
import {
  createRecordingRootLogger,
  searchableText,
} from '../__testUtils__/recordingRootLogger';
import {
  requestTeamWorkspace,
  requireStatus,
  startOnDatabase,
} from '../__testUtils__/teamWorkspace';
import {
  createTestDatabases,
  expectPostgresInCI,
} from '../__testUtils__/testDatabases';

jest.setTimeout(60_000);

describe('state locks in the API', () => {
  const databases = createTestDatabases();
  expectPostgresInCI(databases);

  async function start(databaseId: TestDatabaseId) {
    const log = createRecordingRootLogger();
    const backend = await startOnDatabase(databases, databaseId, {
      extraFeatures: [log.factory],
    });
    const id = await requestTeamWorkspace(backend);
    requireStatus(
      await backend
        .as('admin')
        .post(`/workspaces/${id}/approval`)
        .send({ decision: 'approve' }),
      200,
      'approving',
    );
    const [job] = (await backend.as('admin').get(`/workspaces/${id}/jobs`)).body
      .items;
    // The job's Terraform took the lock and runs under the runner's lease.
    await setJobRun(backend.knex, job.id, {
      status: 'running',
      leaseExpiresAt: inMinutes(60),
    });
    const store = new DatabaseStateStore(backend.knex);
    const key = { workspaceId: id, component: 'infrastructure' };
    const lock = aLock(key, { jobId: job.id, holder: job.requestedBy });
    expect((await store.lock(lock, new Date().toISOString())).kind).toBe(
      'acquired',
    );
    const unlock = (caller: ExampleCaller, component = 'infrastructure') =>
      backend.as(caller).delete(`/workspaces/${id}/state-locks/${component}`);
    const locksSeenBy = async (caller: ExampleCaller) =>
      (await backend.as(caller).get(`/workspaces/${id}`)).body.stateLocks;
    // The auditor logs each event when it starts and when it succeeds or fails.
    const auditLines = () =>
      log.lines
        .filter(
          line =>
            line.fields.isAuditEvent &&
            line.message === 'workspaces.state-force-unlock',
        )
        .map(searchableText);
    return {
      ...backend,
      id,
      job,
      store,
      key,
      lock,
      unlock,
      locksSeenBy,
      auditLines,
    };
  }

  describe.each(databases.eachSupportedId())('on %s', databaseId => {
    it('lists the locks without their secret parts and refuses to unlock one whose job still runs', async () => {
      const { job, knex, lock, unlock, locksSeenBy, store, key } = await start(
        databaseId,
      );
      const expectedLock = {
        component: 'infrastructure',
        holder: job.requestedBy,
        jobId: job.id,
        operation: job.operation,
        lockedAt: lock.createdAt,
      };
      expect(await locksSeenBy('viewerMember')).toEqual([expectedLock]);
      const view = JSON.stringify(await locksSeenBy('developer'));
      expect(view).not.toContain(lock.lockId);
      expect(view).not.toContain('runner@worker-1');

      const refused = await unlock('admin');
      expect(refused.status).toBe(409);
      expect(refused.body.error.message).toBe(
        `The state of infrastructure is locked by job ${job.id}, which is still running and may be writing it; cancel the job first (its Terraform then releases the lock), or wait for it to finish`,
      );
      expect(await store.getLock(key, new Date().toISOString())).toMatchObject({
        lockId: lock.lockId,
      });
      expect(await locksSeenBy('admin')).toEqual([expectedLock]);

      // An expired lease: the runner is gone, so the lock is stale.
      await setJobRun(knex, job.id, { leaseExpiresAt: inMinutes(-1) });
      expect(await locksSeenBy('developer')).toEqual([
        { ...expectedLock, staleReason: 'lease-expired' },
      ]);
    });

    it('lets only Account Owners, Admins and services granted workspaces.state.unlock force-unlock a stale lock, audited and in the events', async () => {
      const {
        as,
        id,
        job,
        knex,
        lock,
        unlock,
        locksSeenBy,
        store,
        key,
        auditLines,
      } = await start(databaseId);
      await setJobRun(knex, job.id, { status: 'failed' });
      expect(await locksSeenBy('developer')).toEqual([
        expect.objectContaining({ staleReason: 'job-not-running' }),
      ]);

      const byCaller: Array<[ExampleCaller, number]> = [
        ['developer', 403],
        ['adminMember', 403],
        ['operatorMember', 403],
        ['viewerMember', 403],
        ['teamLead', 403],
        ['outsider', 404],
        ['grantedService', 403],
        ['ungrantedService', 404],
      ];
      for (const [caller, status] of byCaller) {
        const refused = await unlock(caller);
        expect([caller, refused.status]).toEqual([caller, status]);
      }
      expect((await unlock('developer')).body.error.message).toBe(
        'Only Account Owners and Admins (and services granted workspaces.state.unlock) may force-unlock a Terraform state; ask an Account Owner or Admin',
      );
      expect(auditLines()).toEqual([]);
      expect(await locksSeenBy('developer')).toHaveLength(1);

      const released = await unlock('admin');
      expect([released.status, released.text]).toEqual([204, '']);
      expect(await locksSeenBy('developer')).toEqual([]);
      expect(await store.getLock(key, new Date().toISOString())).toBe(
        undefined,
      );
      expect(auditLines()).toEqual([
        expect.stringContaining('"status":"initiated"'),
        expect.stringContaining('"status":"succeeded"'),
      ]);
      expect(auditLines()[1]).toContain('"actor":"user:default/adrian.admin"');
      expect(auditLines()[1]).toContain(lock.lockId);
      const events = (await as('developer').get(`/workspaces/${id}/events`))
        .body.items;
      expect(
        events
          .filter((e: any) => e.type === 'state.unlocked')
          .map((e: any) => [e.actor, e.level, e.data]),
      ).toEqual([
        [
          'user:default/adrian.admin',
          'warning',
          {
            component: 'infrastructure',
            previousHolder: job.requestedBy,
            previousJobId: job.id,
          },
        ],
      ]);

      // Nothing is locked any more; the workspace's next job takes the lock.
      const again = await unlock('accountOwner');
      expect(again.status).toBe(404);
      expect(again.body.error.message).toBe(
        `The state of 'infrastructure' in workspace ${id} is not locked (any more); there is nothing to unlock. The workspace lists its current locks (GET /workspaces/${id})`,
      );
      const next = await aRunningJob(knex, { workspaceId: id });
      const nextLock = aLock(key, {
        jobId: next.jobId,
        holder: next.requestedBy,
      });
      expect(await store.lock(nextLock, new Date().toISOString())).toEqual({
        kind: 'acquired',
        lock: nextLock,
      });
    });

    it('lets a trusted service and an Account Owner force-unlock a lock no job holds', async () => {
      const { store, key, unlock, locksSeenBy, knex, job } = await start(
        databaseId,
      );
      await setJobRun(knex, job.id, { status: 'failed' });
      requireStatus(await unlock('trustedService'), 204, 'unlocking');
      const appKey = { ...key, component: 'notebooks' };
      const personLock = aLock(appKey, { holder: 'user:default/dana.dev' });
      await store.lock(personLock, new Date().toISOString());
      expect(await locksSeenBy('developer')).toEqual([
        {
          component: 'notebooks',
          holder: 'user:default/dana.dev',
          lockedAt: personLock.createdAt,
        },
      ]);
      requireStatus(
        await unlock('accountOwner', 'notebooks'),
        204,
        'unlocking',
      );
      expect(await locksSeenBy('developer')).toEqual([]);
    });
  });
});
