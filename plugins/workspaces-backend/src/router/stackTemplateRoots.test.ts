import type { TestDatabaseId } from '@backstage/backend-test-utils';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { migrateWorkspacesDatabase } from '../database';
import {
  aCreateRequest,
  exampleStackTemplates,
  startWorkspacesTestBackend,
} from '../__testUtils__/startWorkspacesTestBackend';
import { countRows } from '../__testUtils__/tableRows';
import {
  createTestDatabases,
  expectPostgresInCI,
} from '../__testUtils__/testDatabases';

jest.setTimeout(60_000);

/** A registration of a directory template at `directory`. */
const aTemplateAt = (directory: string) => ({
  name: 'team-template',
  title: 'Team template',
  source: { type: 'directory', path: directory },
  inputs: { type: 'object', properties: {} },
});

/**
 * Only directories inside workspaces.stackTemplateRoots may hold a template: the API
 * must not let anyone point Terraform at an arbitrary path on the backend host.
 */
describe('stack template roots', () => {
  const databases = createTestDatabases();
  expectPostgresInCI(databases);
  let teamRoot: string;
  let elsewhere: string;

  beforeEach(async () => {
    teamRoot = await mkdtemp(path.join(os.tmpdir(), 'oq-team-root-'));
    elsewhere = await mkdtemp(path.join(os.tmpdir(), 'oq-elsewhere-'));
    for (const root of [teamRoot, elsewhere]) {
      await mkdir(path.join(root, 'team'));
      await writeFile(path.join(root, 'team', 'main.tf'), '');
    }
  });
  afterEach(async () => {
    await rm(teamRoot, { recursive: true, force: true });
    await rm(elsewhere, { recursive: true, force: true });
  });

  async function database(databaseId: TestDatabaseId) {
    const knex = await databases.init(databaseId);
    await migrateWorkspacesDatabase(knex);
    return knex;
  }

  describe.each(databases.eachSupportedId())('on %s', databaseId => {
    it('refuses to register or move a template to a directory outside the roots', async () => {
      const knex = await database(databaseId);
      const { as } = await startWorkspacesTestBackend({
        knex,
        extraStackTemplateRoots: [teamRoot],
      });
      const before = await countRows(knex);
      const outside = path.join(elsewhere, 'team');

      const registered = await as('admin')
        .post('/account/stack-templates')
        .send(aTemplateAt(outside));
      expect(registered.status).toBe(400);
      expect(registered.body.error.message).toBe(
        `source.path: The template directory ${outside} is outside the allowed stack template roots (${exampleStackTemplates}, ${teamRoot}): add its parent to workspaces.stackTemplateRoots`,
      );
      expect(await countRows(knex)).toEqual(before);

      const inside = await as('admin')
        .post('/account/stack-templates')
        .send(aTemplateAt(path.join(teamRoot, 'team')));
      expect(inside.status).toBe(201);
      const moved = await as('admin')
        .put('/account/stack-templates/team-template')
        .send(aTemplateAt(outside));
      expect(moved.status).toBe(400);
      expect(moved.body.error.message).toContain(
        'is outside the allowed stack template roots',
      );
      // A path that climbs out of a root is outside it too.
      const climbing = await as('admin')
        .put('/account/stack-templates/team-template')
        .send(aTemplateAt(`${teamRoot}/../${path.basename(elsewhere)}/team`));
      expect(climbing.status).toBe(400);
      expect(
        (await as('admin').get('/account/stack-templates/team-template')).body
          .source,
      ).toEqual({ type: 'directory', path: path.join(teamRoot, 'team') });
    });

    it('refuses to create a workspace from a template whose root is no longer allowed', async () => {
      const knex = await database(databaseId);
      const withRoot = await startWorkspacesTestBackend({
        knex,
        extraStackTemplateRoots: [teamRoot],
      });
      const registered = await withRoot
        .as('admin')
        .post('/account/stack-templates')
        .send(aTemplateAt(path.join(teamRoot, 'team')));
      expect(registered.status).toBe(201);
      const request = aCreateRequest({
        provisioning: {
          ...aCreateRequest().provisioning,
          stackTemplate: 'team-template',
        },
        parameters: {},
      });
      expect(
        (await withRoot.as('admin').post('/workspaces').send(request)).status,
      ).toBe(201);

      // The same database after workspaces.stackTemplateRoots lost the team's root.
      const withoutRoot = await startWorkspacesTestBackend({ knex });
      const before = await countRows(knex);
      const refused = await withoutRoot
        .as('admin')
        .post('/workspaces')
        .send(request);
      expect(refused.status).toBe(409);
      expect(refused.body.error.name).toBe('ConflictError');
      expect(refused.body.error.message).toBe(
        `provisioning.stackTemplate: stack template 'team-template' can no longer be used: the template directory ${path.join(
          teamRoot,
          'team',
        )} is outside the allowed stack template roots (${exampleStackTemplates}): add its parent to workspaces.stackTemplateRoots; until an Account Owner or Admin does, choose another template`,
      );
      expect(await countRows(knex)).toEqual(before);
    });
  });
});
