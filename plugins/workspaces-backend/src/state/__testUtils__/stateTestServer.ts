/* eslint-disable @backstage/no-undeclared-imports -- used by test files only */
import { mockServices } from '@backstage/backend-test-utils';
import express from 'express';
import type { AddressInfo } from 'node:net';
import type { Knex } from 'knex';
import { AccountRoles } from '../../access/AccountRoles';
import { resolveCaller } from '../../access/Caller';
import type { StaleLockTakeover } from '../BuiltinStateBackend';
import type { ForceUnlockAuditEvent } from '../forceUnlockState';
import { createStateRouter } from '../createStateRouter';
import { DatabaseJobCredentialStore } from '../DatabaseJobCredentialStore';
import { DatabaseStateStore } from '../DatabaseStateStore';
import type { StateKey } from '../StateStore';

/** An Account Admin: may read every state and force-unlock. */
export const ADMIN = 'user:default/ada-admin';
/** A workspace member allowed to read state, but no account role. */
export const READER = 'user:default/rita-reader';
/** Signed in, but nothing to do with the workspace. */
export const STRANGER = 'user:default/sam-stranger';

export type RecordedResponse = {
  method: string;
  path: string;
  status: number;
};

export type StateTestServer = {
  /** The plugin's base URL, as the runner would pass it to builtinBackendConfig. */
  baseUrl: string;
  stateUrl(key: StateKey): string;
  store: DatabaseStateStore;
  credentials: DatabaseJobCredentialStore;
  /** Every response the state routes gave, in order: what Terraform was told. */
  responses: RecordedResponse[];
  audits: ForceUnlockAuditEvent[];
  takeovers: StaleLockTakeover[];
  close(): Promise<void>;
};

/**
 * A plain Express app serving the state router on 127.0.0.1 under /api/workspaces, as
 * the plugin would, with Backstage's mock auth and simple stand-ins for the policy.
 */
export async function startStateTestServer(
  knex: Knex,
  options: { maxStateSize?: string } = {},
): Promise<StateTestServer> {
  const store = new DatabaseStateStore(knex);
  const credentials = new DatabaseJobCredentialStore(knex);
  const responses: RecordedResponse[] = [];
  const audits: ForceUnlockAuditEvent[] = [];
  const takeovers: StaleLockTakeover[] = [];
  const userInfo = mockServices.userInfo();
  const accountRoles = new AccountRoles([], [ADMIN]);

  const app = express();
  app.use((req, res, next) => {
    res.on('finish', () =>
      responses.push({
        method: req.method,
        path: req.originalUrl,
        status: res.statusCode,
      }),
    );
    next();
  });
  app.use(
    '/api/workspaces',
    createStateRouter({
      store,
      jobCredentials: credentials,
      auth: mockServices.auth({ pluginId: 'workspaces' }),
      resolveCaller: creds => resolveCaller(creds, { userInfo, accountRoles }),
      workspaceExists: async workspaceId =>
        (await knex('workspaces').where({ id: workspaceId }).first()) !==
        undefined,
      canReadState: async caller =>
        caller.accountRole !== null || caller.ref === READER,
      mayForceUnlock: async caller => caller.accountRole !== null,
      audit: event => {
        audits.push(event);
      },
      onStaleLockTakenOver: takeover => {
        takeovers.push(takeover);
      },
      logger: mockServices.logger.mock(),
      maxStateSize: options.maxStateSize,
    }),
  );

  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>(resolve => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}/api/workspaces`;
  return {
    baseUrl,
    stateUrl: key => `${baseUrl}/state/${key.workspaceId}/${key.component}`,
    store,
    credentials,
    responses,
    audits,
    takeovers,
    close: () =>
      new Promise<void>(resolve => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function basicAuth(username: string, password: string): string {
  return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
}

export type StateResponse = {
  status: number;
  headers: Headers;
  body: string;
};

/** One request to a state URL, the way Terraform's http backend would make it. */
export async function callState(
  url: string,
  request: {
    method: 'GET' | 'POST' | 'LOCK' | 'UNLOCK';
    authorization?: string;
    body?: string;
    headers?: Record<string, string>;
  },
): Promise<StateResponse> {
  const response = await fetch(url, {
    method: request.method,
    headers: {
      ...(request.authorization && { authorization: request.authorization }),
      ...(request.body !== undefined && {
        'content-type': 'application/json',
      }),
      ...request.headers,
    },
    body: request.body,
  });
  return {
    status: response.status,
    headers: response.headers,
    body: await response.text(),
  };
}
