import type {
  AccountResourceKind,
  AccountResourceValidation,
  AccountResourceWithUsage,
  AllowedOperations,
  Job,
  JobLogChunk,
  KeptState,
  StateLockView,
  Workspace,
  WorkspaceEvent,
  WorkspaceMember,
  WorkspaceResourceList,
} from '@oqullus/plugin-workspaces-common';

/**
 * A workspace as the in-memory API holds it: what `getWorkspace` returns,
 * with `allowedOperations` optional (every operation allowed when left out).
 *
 * @public
 */
export type InMemoryWorkspace = Workspace & {
  allowedOperations?: Partial<AllowedOperations>;
  keptStates?: KeptState[];
  stateLocks?: StateLockView[];
};

/**
 * Everything the in-memory workspaces API answers from, as plain fixtures.
 * Tests may change it between calls to make things happen (a status change,
 * a new event); the API reads it afresh on every call.
 *
 * @public
 */
export type InMemoryWorkspacesData = {
  /** Deleted ones are kept, as tombstones, and filtered like the real API does. */
  workspaces: InMemoryWorkspace[];
  /** Every workspace's jobs, in the order they were queued. */
  jobs: Job[];
  /** Every workspace's events, oldest first; ids are integers as strings. */
  events: WorkspaceEvent[];
  /** By workspace id. */
  members: Record<string, WorkspaceMember[]>;
  accountResources: {
    [TKind in AccountResourceKind]: AccountResourceWithUsage<TKind>[];
  };
  /** The preflight result `checkAccountResource` gives, by resource name. */
  accountResourceChecks: Record<string, AccountResourceValidation>;
  /** By job id, in the order written. */
  jobLogs: Record<string, JobLogChunk[]>;
  /** By workspace id; an empty list from the state when absent. */
  workspaceResources: Record<string, WorkspaceResourceList>;
};

/**
 * The fixtures a test gives; whatever it leaves out starts empty.
 *
 * @public
 */
export type InMemoryWorkspacesFixtures = Partial<
  Omit<InMemoryWorkspacesData, 'accountResources'>
> & {
  accountResources?: Partial<InMemoryWorkspacesData['accountResources']>;
};

/** A fresh store from fixtures, copied so a test's constants stay as written. */
export function workspacesDataFrom(
  fixtures: InMemoryWorkspacesFixtures,
): InMemoryWorkspacesData {
  const copy = <T>(value: T): T => structuredCloneJson(value);
  return {
    workspaces: copy(fixtures.workspaces ?? []),
    jobs: copy(fixtures.jobs ?? []),
    events: copy(fixtures.events ?? []),
    members: copy(fixtures.members ?? {}),
    accountResources: {
      'stack-templates': copy(
        fixtures.accountResources?.['stack-templates'] ?? [],
      ),
      'cloud-credentials': copy(
        fixtures.accountResources?.['cloud-credentials'] ?? [],
      ),
      'state-storages': copy(
        fixtures.accountResources?.['state-storages'] ?? [],
      ),
      networks: copy(fixtures.accountResources?.networks ?? []),
    },
    accountResourceChecks: copy(fixtures.accountResourceChecks ?? {}),
    jobLogs: copy(fixtures.jobLogs ?? {}),
    workspaceResources: copy(fixtures.workspaceResources ?? {}),
  };
}

/** The fixtures are JSON, as the wire carries them; a JSON round trip copies them deeply. */
function structuredCloneJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
