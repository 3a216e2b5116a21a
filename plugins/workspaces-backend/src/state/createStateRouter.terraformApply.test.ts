import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { writeFile } from 'node:fs/promises';
import type { TestDatabaseId } from '@backstage/backend-test-utils';
import {
  createTestDatabases,
  expectPostgresInCI,
} from '../__testUtils__/testDatabases';
import {
  startStateScenario,
  type StateScenario,
} from './__testUtils__/stateScenario';
import { callState } from './__testUtils__/stateTestServer';
import { eventually } from '@oqullus/plugin-workspaces-common/testUtils';
import {
  TerraformRuns,
  threeResourceModule,
} from './__testUtils__/terraformRuns';
import { builtinBackendConfig } from './builtinBackendConfig';
import { sha256Hex } from './terraformDocuments';

jest.setTimeout(120_000);

const init = ['init', '-input=false', '-no-color'];
const apply = (generation: number, sleepSeconds = 0) => [
  'apply',
  '-auto-approve',
  '-input=false',
  '-no-color',
  `-var=generation=${generation}`,
  `-var=sleep_seconds=${sleepSeconds}`,
];
const plan = (generation: number) => [
  'plan',
  '-input=false',
  '-no-color',
  '-detailed-exitcode',
  '-lock-timeout=0s',
  `-var=generation=${generation}`,
];

describe('state routes with a real terraform: applying', () => {
  const databases = createTestDatabases();
  expectPostgresInCI(databases);
  const runs = new TerraformRuns();
  let scenario: StateScenario | undefined;

  afterEach(async () => {
    await runs.cleanUp();
    await scenario?.server.close();
    scenario = undefined;
  });

  /** The scenario, and a working directory for its job's Terraform. */
  async function setUp(databaseId: TestDatabaseId) {
    scenario = await startStateScenario(databases, databaseId);
    const { server, key, token } = scenario;
    const config = builtinBackendConfig({ baseUrl: server.baseUrl, ...key });
    const env = { TF_HTTP_PASSWORD: token };
    const hclDir = await runs.workdir({
      'main.tf': threeResourceModule,
      'backend.tf': config.hcl,
    });
    const jsonDir = await runs.workdir({
      'main.tf': threeResourceModule,
      'backend.tf.json': config.tfJson,
    });
    return { ...scenario, env, hclDir, jsonDir };
  }

  it.each(databases.eachSupportedId())(
    'keeps each apply as a new version that reads back exactly, %p',
    async databaseId => {
      const { server, key, job, url, asJob, env, hclDir } = await setUp(
        databaseId,
      );

      expect(await runs.run(hclDir, init, env)).toMatchObject({ code: 0 });
      expect(await runs.run(hclDir, apply(1), env)).toMatchObject({ code: 0 });
      const [first] = await server.store.listVersions(key, { limit: 10 });
      expect(await runs.run(hclDir, apply(2), env)).toMatchObject({ code: 0 });

      const versions = await server.store.listVersions(key, { limit: 10 });
      expect(versions.length).toBeGreaterThan(1);
      const newestFirst = versions.map(version => version.serial);
      expect(newestFirst).toEqual([...newestFirst].sort((a, b) => b - a));
      expect(new Set(newestFirst).size).toBe(newestFirst.length);
      expect(versions[0].serial).toBeGreaterThan(first.serial);
      expect(new Set(versions.map(v => v.lineage))).toEqual(
        new Set([first.lineage]),
      );
      expect(versions.every(v => v.jobId === job.jobId)).toBe(true);

      const read = await callState(url, {
        method: 'GET',
        authorization: asJob,
      });
      const bytes = Buffer.from(read.body, 'utf8');
      expect(versions[0].checksum).toBe(sha256Hex(bytes));
      expect(versions[0].size).toBe(bytes.length);
      expect(JSON.parse(read.body)).toMatchObject({
        serial: versions[0].serial,
        lineage: first.lineage,
        outputs: { network: { value: 'network-2' } },
      });

      // Read back through the backend, the state matches the config: nothing to do.
      expect(await runs.run(hclDir, plan(2), env)).toMatchObject({ code: 0 });
      expect(await server.store.getLock(key, new Date().toISOString())).toBe(
        undefined,
      );
      expect(
        server.responses.filter(r => r.status !== 200 && r.status !== 204),
      ).toEqual([]);
    },
  );

  it.each(databases.eachSupportedId())(
    'makes a second terraform fail on the lock with the holder’s ID, and refuses a POST under another ID, %p',
    async databaseId => {
      const { server, key, url, asJob, env, hclDir, jsonDir } = await setUp(
        databaseId,
      );
      await runs.run(hclDir, init, env);
      await runs.run(jsonDir, init, env);

      const first = runs.start(hclDir, apply(1, 60), env);
      const holder = await eventually(
        'Terraform to take its lock',
        () => server.store.getLock(key, new Date().toISOString()),
        { intervalMs: 50 },
      );

      const second = await runs.run(jsonDir, plan(1), env);
      expect(second.code).toBe(1);
      expect(second.output).toContain('Error acquiring the state lock');
      // The ID is the holder's, read from our 423 body (Terraform wraps the line).
      expect(second.output).toMatch(
        new RegExp(`HTTP remote state already locked:\\s+ID=${holder.lockId}`),
      );
      expect(server.responses).toContainEqual({
        method: 'LOCK',
        path: expect.stringContaining(`/state/${key.workspaceId}/`),
        status: 423,
      });

      const before = await server.store.current(key);
      const document = JSON.stringify({ version: 4, serial: 99, lineage: 'x' });
      const wrongId = await callState(`${url}?ID=${randomUUID()}`, {
        method: 'POST',
        authorization: asJob,
        body: document,
      });
      expect(wrongId.status).toBe(409);
      expect(await server.store.current(key)).toEqual(before);
      expect(first.child.exitCode).toBe(null);
    },
  );

  it.each(databases.eachSupportedId())(
    'refuses `state push -force` of an older serial or of another lineage, %p',
    async databaseId => {
      const { server, key, env, hclDir } = await setUp(databaseId);
      await runs.run(hclDir, init, env);
      await runs.run(hclDir, apply(1), env);
      await runs.run(hclDir, apply(2), env);
      await runs.run(hclDir, apply(3), env);
      const versions = await server.store.listVersions(key, { limit: 10 });
      const current = await server.store.current(key);
      const oldest = await server.store.getVersion(key, versions.at(-1)!.id);
      const push = async (document: string) => {
        await writeFile(join(hclDir, 'pushed.tfstate'), document);
        return runs.run(
          hclDir,
          ['state', 'push', '-force', 'pushed.tfstate'],
          env,
        );
      };

      const older = await push(oldest!.state);
      expect(older.code).toBe(1);
      // Terraform shows only the status, not our explanation.
      expect(older.output).toContain(
        'Failed to persist state: HTTP error: 409',
      );
      const anotherLineage = await push(
        JSON.stringify({
          ...JSON.parse(current!.state),
          lineage: randomUUID(),
          serial: current!.serial + 10,
        }),
      );
      expect(anotherLineage.code).toBe(1);

      expect(
        server.responses.filter(r => r.method === 'POST' && r.status === 409),
      ).toHaveLength(2);
      expect(await server.store.current(key)).toEqual(current);
    },
  );
});
