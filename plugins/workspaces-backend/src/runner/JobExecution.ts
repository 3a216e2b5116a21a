import type { LoggerService } from '@backstage/backend-plugin-api';
import {
  statusWhenJobStarts,
  type JobStep,
  type WorkspaceEvent,
} from '@oqullus/plugin-workspaces-common';
import type {
  StepResult,
  WorkspaceStepExecutor,
} from '@oqullus/plugin-workspaces-node';
import type { LeasedJob } from '../database/JobQueueStore';
import type { WorkspaceRecord } from '../database/WorkspaceStore';
import type { WorkspacesDatabase } from '../database/WorkspacesDatabase';
import type { EventBroadcaster } from '../publishing/EventBroadcaster';
import type { ComponentStateProbe } from './ComponentStateProbe';
import type { ErroredStateKeeper } from './ErroredStateKeeper';
import type { JobControl, StoppableJobControl } from './JobControl';
import { JobFinisher, type JobEnding } from './JobFinisher';
import { JobLease } from './JobLease';
import { jobLifecycleEvents } from './jobLifecycleEvents';
import type { JobExecutor } from './JobRunner';
import { StepReporter } from './StepReporter';
import type { StepPreparer } from './StepPreparer';
import { stepsToRun } from './stepsToRun';
import { unapprovedJobRefusal } from './unapprovedJobRefusal';

/**
 * Runs one claimed job: moves the workspace into the job's status, runs each step with
 * the executor (the infrastructure first, then the apps with its outputs), records
 * progress as events and log chunks, and finishes the job and the workspace.
 */
export class JobExecution implements JobExecutor {
  constructor(
    private readonly deps: {
      database: WorkspacesDatabase;
      executor: WorkspaceStepExecutor;
      preparer: StepPreparer;
      stateProbe: ComponentStateProbe;
      erroredStates: ErroredStateKeeper;
      broadcaster: EventBroadcaster;
      finisher: JobFinisher;
      logger: LoggerService;
      clock: () => Date;
      runnerId: string;
      stepTimeoutMs: number;
      cancelGraceMs: number;
    },
  ) {}

  private get finisher(): JobFinisher {
    return this.deps.finisher;
  }

  async execute(job: LeasedJob, control: StoppableJobControl): Promise<void> {
    // Every write below goes through the lease: once it is lost, Terraform is stopped.
    const lease = new JobLease(this.deps, job, () =>
      control.stop({ kind: 'lease-lost' }),
    );
    const workspace = await this.begin(lease);
    if (!workspace) return;
    const steps = await stepsToRun(this.deps.database.stores.jobs, job);
    const outputs = { ...workspace.outputs };
    let outcome: JobEnding = { status: 'succeeded' };

    for (let index = 0; index < steps.length; index += 1) {
      const step = steps[index];
      // Succeeded steps are those of a job handed on by a replica that shut down.
      if (step.status === 'skipped' || step.status === 'succeeded') continue;
      if (control.signal.aborted) {
        outcome = this.finisher.stoppedOutcome(control);
        break;
      }
      if (await this.holdsNothingToDestroy(lease, workspace, step)) {
        steps[index] = { ...step, status: 'skipped', finishedAt: this.now() };
        await this.saveSteps(lease, steps);
        continue;
      }
      steps[index] = { ...step, status: 'running', startedAt: this.now() };
      await this.saveSteps(lease, steps);
      const result = await this.secureErroredState(
        job,
        workspace,
        step,
        await this.runStep(lease, workspace, step, outputs, control),
      );
      outcome = this.endingAfter(step, result, control);
      steps[index] =
        outcome.status === 'requeued'
          ? // Terraform stopped cleanly and saved its state: the step runs again.
            { ...steps[index], status: 'pending' }
          : {
              ...steps[index],
              status: stepStatusOf(result),
              finishedAt: this.now(),
              error: result.error,
            };
      await this.saveSteps(lease, steps);
      if (outcome.status !== 'succeeded') break;
      if (step.kind === 'infrastructure' && job.operation !== 'destroy') {
        // Replace: outputs removed from the module must not linger.
        for (const key of Object.keys(outputs)) delete outputs[key];
        Object.assign(outputs, result.outputs);
        await this.recordOutputs(lease, outputs);
      }
    }
    await this.finisher.finish(lease, workspace, steps, outcome, outputs);
  }

  /**
   * Moves the workspace into the job's status; undefined when the workspace is gone, its
   * approval does not allow the job (which then fails, the workspace untouched), or the
   * job was already taken over.
   */
  private async begin(lease: JobLease): Promise<WorkspaceRecord | undefined> {
    const { job } = lease;
    const at = this.deps.clock();
    const { workspace, events, refused } = (await lease.write<{
      workspace: WorkspaceRecord | undefined;
      events: WorkspaceEvent[];
      refused?: boolean;
    }>(async stores => {
      const current = await stores.workspaces.get(job.workspaceId);
      if (!current) return { workspace: undefined, events: [] };
      const refusal = unapprovedJobRefusal(job, current);
      if (refusal) {
        return {
          workspace: undefined,
          refused: true,
          events: await this.finisher.failUnstarted(stores, job, at, refusal),
        };
      }
      const appended: WorkspaceEvent[] = [
        await stores.events.append(
          jobLifecycleEvents.started(job, at, this.deps.runnerId),
        ),
      ];
      const next = statusWhenJobStarts(job.operation, current.status);
      if (next === current.status) {
        return { workspace: current, events: appended };
      }
      const updated = await stores.workspaces.update(
        job.workspaceId,
        {
          status: next,
          updatedAt: at.toISOString(),
          lastActivityAt: at.toISOString(),
        },
        { expectedStatuses: [current.status] },
      );
      appended.push(
        await stores.events.append(
          jobLifecycleEvents.statusChanged(job, at, current.status, next),
        ),
      );
      return { workspace: updated ?? current, events: appended };
    })) ?? { workspace: undefined, events: [] };
    await this.deps.broadcaster.publish(events);
    if (refused) {
      this.deps.logger.warn(
        `Job ${job.id} was refused: its workspace's approval does not allow infrastructure`,
      );
    } else if (!workspace && !lease.isLost) {
      this.deps.logger.warn(`Job ${job.id} belongs to no workspace; skipped`);
    }
    return workspace;
  }

  private async runStep(
    lease: JobLease,
    workspace: WorkspaceRecord,
    step: JobStep,
    infrastructureOutputs: Record<string, unknown>,
    control: JobControl,
  ): Promise<StepResult> {
    const { job } = lease;
    const reporter = new StepReporter(this.deps, lease, step);
    let prepared;
    try {
      prepared = await this.deps.preparer.prepare({
        job,
        workspace,
        step,
        infrastructureOutputs,
        leaseExpiresAt: job.leaseExpiresAt,
      });
    } catch (error) {
      // Nothing ran: the step fails with what was wrong (a missing secret, a bad path).
      const message = error instanceof Error ? error.message : String(error);
      await reporter.diagnostic(`Could not prepare ${step.name}: ${message}`);
      return { outcome: 'failed', outputs: {}, error: message };
    }
    try {
      return await this.deps.executor.runStep(
        {
          ...prepared.request,
          timeoutMs: this.deps.stepTimeoutMs,
          cancelGraceMs: this.deps.cancelGraceMs,
        },
        reporter.hooks,
        control.signal,
      );
    } finally {
      await reporter.flush();
      await prepared
        .cleanup()
        .catch(error =>
          this.deps.logger.warn(
            `Cleaning up ${step.name} of job ${job.id}: ${error}`,
          ),
        );
    }
  }

  /**
   * A state Terraform could not save is pushed into the storage or kept with the job;
   * the step's error then says which. Afterwards the result names no file: what the
   * runner could not push is no longer on this disk.
   */
  private async secureErroredState(
    job: LeasedJob,
    workspace: WorkspaceRecord,
    step: JobStep,
    result: StepResult,
  ): Promise<StepResult & { stateLost?: boolean }> {
    if (!result.erroredStatePath) return result;
    const { saved, sentence } = await this.deps.erroredStates.secure(
      job,
      workspace,
      step.name,
      result.erroredStatePath,
    );
    const rest: StepResult = { ...result };
    delete rest.erroredStatePath;
    return {
      ...rest,
      error: `${result.error ?? ''} ${sentence}`.trim(),
      stateLost: !saved,
    };
  }

  /** How the job goes on after a step: on to the next one, or to its end. */
  private endingAfter(
    step: JobStep,
    result: StepResult & { stateLost?: boolean },
    control: JobControl,
  ): JobEnding {
    if (result.outcome === 'succeeded') return { status: 'succeeded' };
    if (result.outcome === 'cancelled' && control.stopReason()) {
      const stopped = this.finisher.stoppedOutcome(control);
      // Handing on is safe only when Terraform saved everything it did.
      if (
        stopped.status === 'requeued' &&
        (result.killed || result.stateLost)
      ) {
        return {
          status: 'failed',
          error: `${this.finisher.shutdownInterruption(step.name)} ${
            result.error ?? ''
          }`.trim(),
        };
      }
      return stopped;
    }
    return {
      status: result.outcome === 'cancelled' ? 'cancelled' : 'failed',
      error: result.error ?? `${step.name} did not finish`,
    };
  }

  /**
   * A destroy step for a component that holds no state is skipped, with an event: no
   * Terraform runs for it (an app whose infrastructure never came up could not even be
   * planned, its inputs never existed).
   */
  private async holdsNothingToDestroy(
    lease: JobLease,
    workspace: WorkspaceRecord,
    step: JobStep,
  ): Promise<boolean> {
    const { job } = lease;
    if (job.operation !== 'destroy') return false;
    if (await this.deps.stateProbe.mayHoldState(workspace, step.name)) {
      return false;
    }
    const stored = await lease.write(stores =>
      stores.events.append(
        jobLifecycleEvents.stepSkipped(job, this.deps.clock(), step.name),
      ),
    );
    if (stored) await this.deps.broadcaster.publish([stored]);
    return true;
  }

  /**
   * The infrastructure's outputs are kept as soon as its apply succeeds, not only when
   * the job ends: if the runner dies while the apps run, the apps' state was made from
   * these outputs, and destroying the apps later needs them again.
   */
  private async recordOutputs(
    lease: JobLease,
    outputs: Record<string, unknown>,
  ) {
    await lease.write(stores =>
      stores.workspaces.update(lease.job.workspaceId, {
        outputs: { ...outputs },
        updatedAt: this.now(),
      }),
    );
  }

  private async saveSteps(lease: JobLease, steps: JobStep[]) {
    await lease.write(stores =>
      stores.jobs.update(
        lease.job.id,
        { steps },
        { expectedStatuses: ['running'] },
      ),
    );
  }

  private now() {
    return this.deps.clock().toISOString();
  }
}

function stepStatusOf(result: StepResult): JobStep['status'] {
  if (result.outcome === 'succeeded') return 'succeeded';
  return result.outcome === 'cancelled' ? 'cancelled' : 'failed';
}
