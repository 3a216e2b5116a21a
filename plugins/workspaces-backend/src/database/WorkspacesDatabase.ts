import type { AccountResourceStore } from './AccountResourceStore';
import type { EventStore } from './EventStore';
import type { IdempotencyStore } from './IdempotencyStore';
import type { JobLogStore } from './JobLogStore';
import type { JobQueueStore } from './JobQueueStore';
import type { JobStore } from './JobStore';
import type { KeptStateStore } from '../state/KeptStateStore';
import type { MemberStore } from './MemberStore';
import type { WorkspaceStore } from './WorkspaceStore';

/** Every store, bound to one connection or one transaction. */
export type WorkspacesStores = {
  workspaces: WorkspaceStore;
  members: MemberStore;
  jobs: JobStore;
  jobLogs: JobLogStore;
  jobQueue: JobQueueStore;
  events: EventStore;
  accountResources: AccountResourceStore;
  idempotency: IdempotencyStore;
  keptStates: KeptStateStore;
};

/** The plugin's database: stores outside a transaction, and transactions across stores. */
export interface WorkspacesDatabase {
  readonly stores: WorkspacesStores;
  /**
   * Runs `work` in one transaction with stores bound to it: everything it writes commits
   * together, or nothing does when it throws (the error is rethrown). Inside `work`,
   * use only the stores it is given: SQLite has a single connection, so a query through
   * `stores` of this object would wait for the transaction that waits for it.
   */
  transaction<T>(work: (stores: WorkspacesStores) => Promise<T>): Promise<T>;
}
