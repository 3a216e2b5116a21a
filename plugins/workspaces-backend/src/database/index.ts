export type {
  NewWorkspaceRecord,
  WorkspaceListQuery,
  WorkspacePage,
  WorkspacePatch,
  WorkspaceRecord,
  WorkspaceStore,
} from './WorkspaceStore';
export type { MemberStore } from './MemberStore';
export { ActiveJobExistsError } from './JobStore';
export type { JobPatch, JobStore, NewJob } from './JobStore';
export type { JobLogStore } from './JobLogStore';
export type { JobQueueStore, LeasedJob } from './JobQueueStore';
export type { EventStore, NewWorkspaceEvent } from './EventStore';
export type {
  AccountResourceStore,
  StoredAccountResource,
} from './AccountResourceStore';
export type { IdempotencyStore, IdempotentReplay } from './IdempotencyStore';
export type {
  WorkspacesDatabase,
  WorkspacesStores,
} from './WorkspacesDatabase';
export { DatabaseWorkspaceStore } from './DatabaseWorkspaceStore';
export { DatabaseMemberStore } from './DatabaseMemberStore';
export { DatabaseJobStore } from './DatabaseJobStore';
export { DatabaseJobLogStore } from './DatabaseJobLogStore';
export { DatabaseJobQueueStore } from './DatabaseJobQueueStore';
export { DatabaseEventStore } from './DatabaseEventStore';
export { DatabaseAccountResourceStore } from './DatabaseAccountResourceStore';
export { DatabaseIdempotencyStore } from './DatabaseIdempotencyStore';
export { DatabaseWorkspacesDatabase } from './DatabaseWorkspacesDatabase';
export { migrateWorkspacesDatabase } from './migrateWorkspacesDatabase';
