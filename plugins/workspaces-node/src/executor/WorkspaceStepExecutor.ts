import type { WorkspaceEventDataByType } from '@oqullus/plugin-workspaces-common';

/**
 * What a step does to its Terraform module: bring it up to date, or destroy everything
 * it manages.
 *
 * @public
 */
export type StepAction = 'apply' | 'destroy';

/**
 * Where the Terraform state of a step lives. The config is written into the module as
 * a backend override, so it never contains secrets: backend credentials travel in
 * {@link StepRequest.env} (e.g. `TF_HTTP_PASSWORD`, `PG_CONN_STR`, `AWS_SECRET_ACCESS_KEY`).
 *
 * @public
 */
export type StepBackend = {
  type: 'http' | 'pg' | 's3' | 'gcs' | 'azurerm' | 'local';
  config: Record<string, string | number | boolean>;
};

/**
 * One step of a job: one Terraform module (the workspace's infrastructure, or one app
 * stack) run to the end.
 *
 * @public
 */
export type StepRequest = {
  jobId: string;
  workspaceId: string;
  /** `infrastructure`, or the name of an app. */
  component: string;
  action: StepAction;
  /** Absolute path of a fresh directory holding a copy of the module, made by the runner. */
  moduleDir: string;
  backend: StepBackend;
  /** Non-secret Terraform variables; executors write them to a tfvars file. */
  variables: Record<string, unknown>;
  /**
   * Environment variables for Terraform: secret material (`TF_VAR_*`, provider and
   * backend credentials). The only way secrets reach Terraform.
   */
  env: Record<string, string>;
  /** Every secret value the job received; executors mask them in everything they report. */
  secretValues: string[];
  /** Budget for the whole step; when it runs out the step ends as `timed-out`. */
  timeoutMs: number;
  /** How long Terraform may take to stop gracefully after a cancel or timeout before it is killed. */
  cancelGraceMs: number;
};

/**
 * A resource Terraform started, finished or failed to change.
 *
 * @public
 */
export type StepResourceEvent = {
  type: 'resource';
} & WorkspaceEventDataByType['terraform.resource'];

/**
 * An error or warning Terraform reported.
 *
 * @public
 */
export type StepDiagnosticEvent = {
  type: 'diagnostic';
} & WorkspaceEventDataByType['terraform.diagnostic'];

/**
 * How many resources a plan would change, or an apply or destroy changed.
 *
 * @public
 */
export type StepChangeSummaryEvent = {
  type: 'change-summary';
} & WorkspaceEventDataByType['terraform.change-summary'];

/**
 * Progress of a step, as the runner records it in the workspace's events. Every text
 * field is already redacted.
 *
 * @public
 */
export type StepEvent =
  | StepResourceEvent
  | StepDiagnosticEvent
  | StepChangeSummaryEvent;

/**
 * Where an executor reports progress while a step runs. Executors wait for each call,
 * in order, so a slow store slows the reporting but never reorders it.
 *
 * @public
 */
export type StepHooks = {
  onEvent(event: StepEvent): void | Promise<void>;
  /** Raw log lines, already redacted; the runner stores them in chunks. */
  onLog(lines: string[]): void | Promise<void>;
};

/**
 * How a step ended.
 *
 * @public
 */
export type StepOutcome = 'succeeded' | 'failed' | 'cancelled' | 'timed-out';

/**
 * Resources added, changed and removed by a step.
 *
 * @public
 */
export type StepChanges = { add: number; change: number; remove: number };

/**
 * The end of a step.
 *
 * @public
 */
export type StepResult = {
  outcome: StepOutcome;
  /** The module's outputs not marked sensitive (empty unless the step succeeded). */
  outputs: Record<string, unknown>;
  /** Why the step did not succeed, as a redacted sentence a person can act on. */
  error?: string;
  /**
   * Set when Terraform could not save the state to the backend and wrote it locally:
   * the path of that state file, kept where the runner can read it for recovery.
   */
  erroredStatePath?: string;
  /** What the apply changed (all zero when the plan found nothing to do). */
  changes?: StepChanges;
  /**
   * True when Terraform did not stop within the grace period after an interrupt and
   * was killed: what it was changing may be missing from the state.
   */
  killed?: boolean;
};

/**
 * Runs the steps of workspace jobs. The default runs Terraform as a child process; a
 * deployment can install another (e.g. one starting Kubernetes Jobs) through
 * `workspacesExecutorExtensionPoint`.
 *
 * @public
 */
export interface WorkspaceStepExecutor {
  /**
   * Runs one step to the end: init, plan to a file, apply that plan (planning a destroy
   * for `destroy`), then read the outputs. Terraform failures, cancels and timeouts
   * are results; the promise rejects only when the request is invalid or the step could
   * not be started at all. Aborting `signal` cancels the step.
   */
  runStep(
    request: StepRequest,
    hooks: StepHooks,
    signal: AbortSignal,
  ): Promise<StepResult>;
}
