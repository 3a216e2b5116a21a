import type {
  LoggerService,
  UrlReaderService,
} from '@backstage/backend-plugin-api';
import type { WorkspaceStepExecutor } from '@oqullus/plugin-workspaces-node';
import type { AccountRegistry } from '../account/AccountRegistry';
import type { WorkspacesDatabase } from '../database/WorkspacesDatabase';
import type { EventBroadcaster } from '../publishing/EventBroadcaster';
import type { WorkspaceNotifier } from '../publishing/WorkspaceNotifier';
import type { JobCredentialStore } from '../state/JobCredentialStore';
import type { StateStore } from '../state/StateStore';
import { builtinBackendConfig } from '../state/builtinBackendConfig';
import { StoredComponentStateProbe } from './ComponentStateProbe';
import { ErroredStateKeeper } from './ErroredStateKeeper';
import { stopJobProcesses } from './stopJobProcesses';
import { JobExecution } from './JobExecution';
import { JobFinisher } from './JobFinisher';
import { JobRecovery } from './JobRecovery';
import { JobRunner } from './JobRunner';
import { DefaultStepPreparer } from './preparation/DefaultStepPreparer';
import type { RunnerOptions } from './RunnerOptions';

/** Builds this replica's job runner from the plugin's parts. */
export function createJobRunner(deps: {
  options: RunnerOptions;
  database: WorkspacesDatabase;
  executor: WorkspaceStepExecutor;
  registry: AccountRegistry;
  stateStore: StateStore;
  jobCredentials: JobCredentialStore;
  /** The plugin's own base URL, which Terraform reaches the built-in state at. */
  pluginBaseUrl: string;
  stackTemplateRoots: string[];
  urlReader: UrlReaderService;
  broadcaster: EventBroadcaster;
  notifier: WorkspaceNotifier;
  logger: LoggerService;
  clock: () => Date;
}): JobRunner {
  const { options, database, logger, clock } = deps;
  const preparer = new DefaultStepPreparer({
    registry: deps.registry,
    builtin: {
      backendConfig: (workspaceId, component) =>
        builtinBackendConfig({
          baseUrl: deps.pluginBaseUrl,
          workspaceId,
          component,
        }).settings,
      mintJobCredential: (jobId, workspaceId, expiresAt) =>
        deps.jobCredentials.mint(jobId, workspaceId, expiresAt),
      revokeJobCredentials: jobId => deps.jobCredentials.revokeForJob(jobId),
      releaseLocksOfJob: async jobId => {
        await deps.stateStore.releaseLocksOfJob(jobId);
      },
    },
    urlReader: deps.urlReader,
    stackTemplateRoots: deps.stackTemplateRoots,
    workDirectory: options.workDirectory,
    // Upper bound only: the credential also dies with the job's lease.
    credentialLifetimeMs: options.stepTimeoutMs * 4,
    clock,
  });
  const erroredStates = new ErroredStateKeeper({
    database,
    registry: deps.registry,
    stateStore: deps.stateStore,
    broadcaster: deps.broadcaster,
    logger,
    clock,
  });
  const finisher = new JobFinisher({
    database,
    broadcaster: deps.broadcaster,
    notifier: deps.notifier,
    preparer,
    logger,
    clock,
  });
  return new JobRunner({
    database,
    options,
    logger,
    clock,
    execution: new JobExecution({
      database,
      executor: deps.executor,
      preparer,
      stateProbe: new StoredComponentStateProbe({
        registry: deps.registry,
        stateStore: deps.stateStore,
        database,
      }),
      erroredStates,
      broadcaster: deps.broadcaster,
      finisher,
      logger,
      clock,
      runnerId: options.runnerId,
      stepTimeoutMs: options.stepTimeoutMs,
      cancelGraceMs: options.cancelGraceMs,
    }),
    recovery: new JobRecovery({
      database,
      finisher,
      erroredStates,
      logger,
      clock,
      runnerId: options.runnerId,
      workDirectory: options.workDirectory,
      cancelGraceMs: options.cancelGraceMs,
      leaseMs: options.leaseMs,
      releaseStateLocks: async jobId => {
        await deps.stateStore.releaseLocksOfJob(jobId);
      },
      stopProcesses: stopJobProcesses,
    }),
  });
}
