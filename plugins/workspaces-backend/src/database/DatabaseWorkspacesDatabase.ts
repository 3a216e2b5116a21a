import type { Knex } from 'knex';
import { DatabaseAccountResourceStore } from './DatabaseAccountResourceStore';
import { DatabaseEventStore } from './DatabaseEventStore';
import { DatabaseIdempotencyStore } from './DatabaseIdempotencyStore';
import { DatabaseJobLogStore } from './DatabaseJobLogStore';
import { DatabaseJobQueueStore } from './DatabaseJobQueueStore';
import { DatabaseJobStore } from './DatabaseJobStore';
import { DatabaseMemberStore } from './DatabaseMemberStore';
import { DatabaseWorkspaceStore } from './DatabaseWorkspaceStore';
import { DatabaseKeptStateStore } from '../state/DatabaseKeptStateStore';
import type {
  WorkspacesDatabase,
  WorkspacesStores,
} from './WorkspacesDatabase';

/** WorkspacesDatabase on one Knex client: every store, and transactions across them. */
export class DatabaseWorkspacesDatabase implements WorkspacesDatabase {
  readonly stores: WorkspacesStores;

  constructor(private readonly knex: Knex) {
    this.stores = createStores(knex);
  }

  transaction<T>(work: (stores: WorkspacesStores) => Promise<T>): Promise<T> {
    return this.knex.transaction(trx => work(createStores(trx)));
  }
}

function createStores(db: Knex): WorkspacesStores {
  return {
    workspaces: new DatabaseWorkspaceStore(db),
    members: new DatabaseMemberStore(db),
    jobs: new DatabaseJobStore(db),
    jobLogs: new DatabaseJobLogStore(db),
    jobQueue: new DatabaseJobQueueStore(db),
    events: new DatabaseEventStore(db),
    accountResources: new DatabaseAccountResourceStore(db),
    idempotency: new DatabaseIdempotencyStore(db),
    keptStates: new DatabaseKeptStateStore(db),
  };
}
