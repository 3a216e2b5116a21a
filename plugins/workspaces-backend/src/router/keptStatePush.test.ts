import type { TestDatabaseId } from '@backstage/backend-test-utils';
import { aStateDocument } from '../state/__testUtils__/stateDocuments';
import { DatabaseKeptStateStore } from '../state/DatabaseKeptStateStore';
import { DatabaseStateStore } from '../state/DatabaseStateStore';
import { sha256Hex } from '../state/terraformDocuments';
import type { ExampleCaller } from '../__testUtils__/exampleOrg';
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

// A value only the kept document holds: it must never come back through the API.
const CANARY = 'kept-state-canary-8c1f0b';

function keptDocument(serial: number, lineage: string) {
  const document = JSON.parse(aStateDocument(serial, lineage));
  document.outputs = { secret: { value: CANARY, type: 'string' } };
  return `${JSON.stringify(document, null, 2)}\n`;
}

describe('pushing a kept state', () => {
  const databases = createTestDatabases();
  expectPostgresInCI(databases);

  async function start(databaseId: TestDatabaseId) {
    const backend = await startOnDatabase(databases, databaseId);
    // Dana's request, with its members; its first job stands for the one whose
    // Terraform could not save.
    const id = await requestTeamWorkspace(backend);
    const approved = await backend
      .as('admin')
      .post(`/workspaces/${id}/approval`)
      .send({ decision: 'approve' });
    requireStatus(approved, 200, 'approving');
    const [job] = (await backend.as('admin').get(`/workspaces/${id}/jobs`)).body
      .items;
    const kept = new DatabaseKeptStateStore(backend.knex);
    const keep = (serial: number, lineage = 'lineage-a') =>
      kept.keep({
        jobId: job.id,
        workspaceId: id,
        component: 'infrastructure',
        serial,
        lineage,
        checksum: sha256Hex(Buffer.from(keptDocument(serial, lineage))),
        reason:
          'the state is locked by someone; push it once that lock is released',
        keptAt: new Date().toISOString(),
        state: keptDocument(serial, lineage),
      });
    const push = (person: ExampleCaller) =>
      backend
        .as(person)
        .post(`/jobs/${job.id}/kept-states/infrastructure/push`);
    return { ...backend, id, job, keep, push };
  }

  describe.each(databases.eachSupportedId())('on %s', databaseId => {
    it('lists kept states on the workspace without their document, and lets only Account Owners and Admins push one', async () => {
      const { as, http, id, job, keep, push, knex } = await start(databaseId);
      await keep(1);

      const view = await as('developer').get(`/workspaces/${id}`);
      expect(view.body.keptStates).toEqual([
        {
          jobId: job.id,
          component: 'infrastructure',
          serial: 1,
          reason:
            'the state is locked by someone; push it once that lock is released',
          keptAt: expect.any(String),
        },
      ]);
      expect(JSON.stringify(view.body)).not.toContain(CANARY);

      // Services need the grant workspaces.state.push; even the release robot trusted
      // with state reads and unlocks has not got it.
      const byCaller: Array<[ExampleCaller, number]> = [
        ['developer', 403],
        ['adminMember', 403],
        ['operatorMember', 403],
        ['viewerMember', 403],
        ['teamLead', 403],
        ['outsider', 404],
        ['grantedService', 403],
        ['trustedService', 403],
        ['ungrantedService', 404],
      ];
      for (const [person, status] of byCaller) {
        const refused = await push(person);
        expect([person, refused.status]).toEqual([person, status]);
      }
      expect((await push('developer')).body.error.message).toBe(
        'Pushing a kept Terraform state changes the state by hand, which only Account Owners and Admins may do; ask one of them',
      );
      expect(
        (
          await http.post(
            `/api/workspaces/jobs/${job.id}/kept-states/infrastructure/push`,
          )
        ).status,
      ).toBe(401);

      const pushed = await push('admin');
      expect([pushed.status, pushed.body]).toEqual([
        200,
        { component: 'infrastructure', serial: 1, outcome: 'pushed' },
      ]);
      expect(JSON.stringify(pushed.body)).not.toContain(CANARY);
      const stored = await new DatabaseStateStore(knex).current({
        workspaceId: id,
        component: 'infrastructure',
      });
      expect([stored?.serial, stored?.createdBy]).toEqual([
        1,
        'user:default/adrian.admin',
      ]);
      expect(
        (await as('developer').get(`/workspaces/${id}`)).body.keptStates,
      ).toEqual([]);
      const events = (
        await as('admin').get(`/workspaces/${id}/events?limit=500`)
      ).body.items;
      expect(
        events
          .filter((e: any) => e.type === 'state.pushed')
          .map((e: any) => [e.actor, e.data]),
      ).toEqual([
        [
          'user:default/adrian.admin',
          { component: 'infrastructure', serial: 1 },
        ],
      ]);

      // Nothing is waiting any more.
      const again = await push('accountOwner');
      expect(again.status).toBe(404);
      expect(again.body.error.message).toBe(
        `Job ${job.id} keeps no state of 'infrastructure' waiting to be pushed; the workspace page lists the kept states (GET /workspaces/${id})`,
      );
    });

    it('refuses a kept state older than the stored one with the reason, and keeps it', async () => {
      const { as, id, keep, push, knex, job } = await start(databaseId);
      await keep(1);
      expect((await push('admin')).status).toBe(200);
      // An older state of the same job (it wrote serial 1 already) cannot go on top.
      await knex('kept_states')
        .where({ job_id: job.id })
        .update({ pushed_at: null });
      await keep(0);
      const refused = await push('accountOwner');
      expect(refused.status).toBe(409);
      expect(refused.body.error.message).toBe(
        'The kept state of infrastructure cannot be pushed: the stored state has moved on since (serial 1, the kept one has 0); pushing it would undo what came after',
      );
      expect(
        (await as('admin').get(`/workspaces/${id}`)).body.keptStates.map(
          (k: any) => k.serial,
        ),
      ).toEqual([0]);
    });

    it('says why a state kept for another kind of storage cannot be pushed from the portal', async () => {
      const { as, push, keep, knex, id } = await start(databaseId);
      const registered = await as('admin')
        .post('/account/state-storages')
        .send({
          name: 'team-pg',
          title: 'Team PostgreSQL',
          kind: 'pg',
          settings: { schema_name: 'terraform' },
        });
      requireStatus(registered, 201, 'registering a pg storage');
      await knex('workspaces')
        .where({ id })
        .update({ state_storage: 'team-pg' });
      await keep(1);
      const refused = await push('admin');
      expect(refused.status).toBe(409);
      expect(refused.body.error.message).toBe(
        "The kept state of infrastructure cannot be pushed from the portal: the workspace's state is in pg storage, which only Terraform writes. Run the operation again; Terraform plans from what that storage holds",
      );
    });
  });
});
