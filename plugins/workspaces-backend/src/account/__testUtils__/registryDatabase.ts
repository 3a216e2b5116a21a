import type {
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import type { WorkspaceRecord } from '../../database';
import {
  DatabaseWorkspacesDatabase,
  migrateWorkspacesDatabase,
} from '../../database';
import { randomUUID } from 'node:crypto';

/** A fresh, migrated database of one engine for registry tests. */
export async function registryDatabase(
  databases: TestDatabases,
  databaseId: TestDatabaseId,
) {
  const knex = await databases.init(databaseId);
  await migrateWorkspacesDatabase(knex);
  return { knex, database: new DatabaseWorkspacesDatabase(knex) };
}

/** A live workspace built from the named resources. */
export function aWorkspaceUsing(
  name: string,
  provisioning: Partial<WorkspaceRecord['provisioning']>,
): WorkspaceRecord {
  const id = randomUUID();
  const now = '2026-11-28T09:00:00.000Z';
  return {
    id,
    externalId: `ws-${id.slice(0, 8)}`,
    name,
    owner: 'group:default/data-team',
    status: 'running',
    approval: { state: 'not-required' },
    provisioning: {
      stackTemplate: 'data-platform',
      cloudCredential: 'aws-prod',
      stateStorage: 'builtin',
      network: null,
      ...provisioning,
    },
    parameters: {},
    labels: {},
    outputs: {},
    apps: [],
    createdBy: 'user:default/jane',
    createdAt: now,
    updatedAt: now,
    lastActivityAt: now,
  };
}
