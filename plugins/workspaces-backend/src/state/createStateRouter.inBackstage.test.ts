import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import {
  mockServices,
  startTestBackend,
  type TestDatabaseId,
} from '@backstage/backend-test-utils';
import express from 'express';
import Router from 'express-promise-router';
import request from 'supertest';
import { AccountRoles } from '../access/AccountRoles';
import { resolveCaller } from '../access/Caller';
import { migrateWorkspacesDatabase } from '../database';
import { realisticHttpAuthFactory } from '../__testUtils__/realisticHttpAuth';
import {
  createTestDatabases,
  expectPostgresInCI,
} from '../__testUtils__/testDatabases';
import { aRunningJob, inMinutes } from './__testUtils__/runningJobs';
import { aLockInfo, aStateDocument } from './__testUtils__/stateDocuments';
import { basicAuth } from './__testUtils__/stateTestServer';
import { createStateRouter } from './createStateRouter';
import { DatabaseJobCredentialStore } from './DatabaseJobCredentialStore';
import { DatabaseStateStore } from './DatabaseStateStore';

jest.setTimeout(60_000);

/**
 * A stand-in for the workspaces plugin, mounting the state router the way plugin.ts
 * should: an unauthenticated auth policy for /state (Backstage cannot read Basic auth),
 * and the state router before the REST router, whose express.json() reads every body.
 */
function pluginMountingStateRouter(options: { stateRouterFirst: boolean }) {
  return createBackendPlugin({
    pluginId: 'workspaces',
    register(env) {
      env.registerInit({
        deps: {
          httpRouter: coreServices.httpRouter,
          database: coreServices.database,
          auth: coreServices.auth,
          userInfo: coreServices.userInfo,
          logger: coreServices.logger,
        },
        async init({ httpRouter, database, auth, userInfo, logger }) {
          const knex = await database.getClient();
          const restRouter = Router();
          restRouter.use(express.json({ limit: '256kb' }));
          restRouter.get('/workspaces', (_req, res) => {
            res.json({ items: [] });
          });
          const stateRouter = createStateRouter({
            store: new DatabaseStateStore(knex),
            jobCredentials: new DatabaseJobCredentialStore(knex),
            auth,
            resolveCaller: credentials =>
              resolveCaller(credentials, {
                userInfo,
                accountRoles: new AccountRoles([], []),
              }),
            workspaceExists: async () => true,
            canReadState: async () => false,
            mayForceUnlock: async () => false,
            audit: () => {},
            logger,
          });
          httpRouter.addAuthPolicy({
            path: '/state',
            allow: 'unauthenticated',
          });
          for (const router of options.stateRouterFirst
            ? [stateRouter, restRouter]
            : [restRouter, stateRouter]) {
            httpRouter.use(router);
          }
        },
      });
    },
  });
}

describe('the state router inside a Backstage backend', () => {
  const databases = createTestDatabases();
  expectPostgresInCI(databases);

  async function start(databaseId: TestDatabaseId, stateRouterFirst: boolean) {
    const knex = await databases.init(databaseId);
    await migrateWorkspacesDatabase(knex);
    const job = await aRunningJob(knex);
    const token = await new DatabaseJobCredentialStore(knex).mint(
      job.jobId,
      job.workspaceId,
      inMinutes(30),
    );
    const { server } = await startTestBackend({
      features: [
        pluginMountingStateRouter({ stateRouterFirst }),
        mockServices.database.factory({ knex }),
        // Without it, the mock treats a request without a token as a user's.
        realisticHttpAuthFactory,
      ],
    });
    return {
      http: request(server),
      url: `/api/workspaces/state/${job.workspaceId}/infrastructure`,
      asJob: basicAuth('job', token),
    };
  }

  it.each(databases.eachSupportedId())(
    'serves Terraform through Backstage’s HTTP router with Basic auth, %p',
    async databaseId => {
      const { http, url, asJob } = await start(databaseId, true);
      const info = aLockInfo();
      const id = JSON.parse(info).ID;
      const document = aStateDocument(1, 'lineage-1');

      const anonymous = await http.get(url);
      expect(anonymous.status).toBe(401);
      expect(anonymous.headers['www-authenticate']).toBe(
        'Basic realm="workspaces-state"',
      );
      expect((await http.get(url).set('authorization', asJob)).status).toBe(
        204,
      );
      const lock = http.lock(url).set('authorization', asJob);
      expect((await lock.type('json').send(info)).status).toBe(200);
      const post = http.post(`${url}?ID=${id}`).set('authorization', asJob);
      expect((await post.type('json').send(document)).status).toBe(200);
      const read = await http
        .get(url)
        .set('authorization', asJob)
        .buffer(true)
        .parse((res, done) => {
          let text = '';
          res.on('data', chunk => (text += chunk));
          res.on('end', () => done(null, text));
        });
      expect(read.status).toBe(200);
      expect(read.body).toBe(document);
      const unlock = http.unlock(url).set('authorization', asJob);
      expect((await unlock.type('json').send(info)).status).toBe(200);
      // The rest of the plugin still needs Backstage credentials.
      expect((await http.get('/api/workspaces/workspaces')).status).toBe(401);
    },
  );

  it.each(databases.eachSupportedId())(
    'fails loudly, never storing a re-serialized state, when a JSON parser ran first, %p',
    async databaseId => {
      const { http, url, asJob } = await start(databaseId, false);
      const info = aLockInfo();

      const lock = http.lock(url).set('authorization', asJob);
      const response = await lock.type('json').send(info);

      expect(response.status).toBe(500);
      expect(JSON.stringify(response.body)).not.toContain(JSON.parse(info).ID);
    },
  );
});
