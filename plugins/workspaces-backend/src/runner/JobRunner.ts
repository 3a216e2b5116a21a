import type { LoggerService } from '@backstage/backend-plugin-api';
import type { LeasedJob } from '../database/JobQueueStore';
import type { WorkspacesDatabase } from '../database/WorkspacesDatabase';
import { CLAIM_RETRY, claimRetryDelay } from './claimRetryDelay';
import { createJobControl, type StoppableJobControl } from './JobControl';
import type { RunnerOptions } from './RunnerOptions';

// Time for a stopped job to write its ending once Terraform has exited.
const STOP_MARGIN_MS = 5_000;

/**
 * Runs one claimed job to its end; never throws for the job's own failures. It may stop
 * the job itself, when it finds its lease lost.
 */
export interface JobExecutor {
  execute(job: LeasedJob, control: StoppableJobControl): Promise<void>;
}

/** Deals with jobs whose runner died. */
export interface ExpiredJobRecovery {
  /** Jobs whose lease expired. */
  recoverExpired(): Promise<void>;
  /** Jobs a dead runner of this host left behind, and their directories. */
  recoverAtStartup(): Promise<void>;
}

/**
 * This replica's job runner: idle runners poll the queue, so no job waits for the
 * replica that queued it; each claimed job is heartbeated while it runs, and stopped
 * when its lease is lost or somebody cancels it.
 */
export class JobRunner {
  private readonly running = new Map<string, StoppableJobControl>();
  private pollTimer?: NodeJS.Timeout;
  private recoveryTimer?: NodeJS.Timeout;
  private ticking = false;
  /** Claims that failed in a row: the polls back off while the queue cannot be read. */
  private claimFailures = 0;
  private claimRetryMs = 0;
  private stopped = true;
  private stopping?: Promise<void>;

  constructor(
    private readonly deps: {
      database: WorkspacesDatabase;
      execution: JobExecutor;
      recovery: ExpiredJobRecovery;
      options: RunnerOptions;
      logger: LoggerService;
      clock: () => Date;
      /** How failed claims back off; tests shorten it. */
      claimRetry?: typeof CLAIM_RETRY;
    },
  ) {}

  start(): void {
    if (!this.deps.options.enabled || !this.stopped) return;
    this.stopped = false;
    const poll = () => {
      this.pollTimer = setTimeout(async () => {
        await this.tick();
        if (!this.stopped) poll();
      }, this.nextPollMs());
      // The runner never keeps a process alive on its own: the backend's server does.
      this.pollTimer.unref();
    };
    const recover = () => {
      this.recoveryTimer = setTimeout(async () => {
        await this.deps.recovery
          .recoverExpired()
          .catch(error =>
            this.deps.logger.error(`Recovering expired jobs failed: ${error}`),
          );
        if (!this.stopped) recover();
      }, this.deps.options.recoveryIntervalMs);
      this.recoveryTimer.unref();
    };
    // Not awaited: the backend finishes starting meanwhile, and serves the state
    // endpoint through which a dead run's Terraform saves once it is interrupted.
    void this.deps.recovery
      .recoverAtStartup()
      .catch(error =>
        this.deps.logger.error(`Recovering at start-up failed: ${error}`),
      )
      .finally(() => {
        if (!this.stopped) recover();
      });
    poll();
  }

  private nextPollMs(): number {
    return this.claimFailures === 0
      ? this.deps.options.pollIntervalMs
      : this.claimRetryMs;
  }

  /** Claims at once instead of at the next poll, e.g. right after a job was queued here. */
  wake(): void {
    if (!this.stopped) void this.tick();
  }

  /**
   * Stops claiming at once, and interrupts the jobs in flight: Terraform gets SIGINT and
   * saves its state while this backend still serves the state endpoint, so call it
   * before the HTTP server stops. Waits at most the cancel grace (after which the
   * executor has killed Terraform) and a margin; a job still running then is left to
   * its lease, and another replica recovers it.
   */
  stop(): Promise<void> {
    if (!this.stopping) {
      this.stopped = true;
      clearTimeout(this.pollTimer);
      clearTimeout(this.recoveryTimer);
      for (const control of this.running.values()) {
        control.stop({ kind: 'runner-stopping' });
      }
      this.stopping = this.waitForRunningJobs(
        this.deps.options.cancelGraceMs + STOP_MARGIN_MS,
      );
    }
    return this.stopping;
  }

  private async waitForRunningJobs(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.running.size > 0 || this.ticking) {
      if (Date.now() > deadline) {
        this.deps.logger.warn(
          `Stopped waiting for job(s) ${this.activeJobIds.join(
            ', ',
          )} to end; their leases run out and another replica recovers them`,
        );
        return;
      }
      await new Promise(resolve => setTimeout(resolve, 50));
    }
  }

  get activeJobIds(): string[] {
    return [...this.running.keys()];
  }

  private async tick(): Promise<void> {
    if (this.ticking) return;
    this.ticking = true;
    try {
      while (
        !this.stopped &&
        this.running.size < this.deps.options.concurrency
      ) {
        const job = await this.claim();
        this.claimFailures = 0;
        if (!job) break;
        if (this.stopped) {
          // Claimed as the replica began to shut down: hand it straight back.
          await this.deps.database.stores.jobQueue.requeue(
            job.id,
            job.leaseOwner,
            job.steps,
          );
          break;
        }
        this.launch(job);
      }
    } catch (error) {
      this.claimFailures += 1;
      this.claimRetryMs = claimRetryDelay(
        this.claimFailures,
        Math.random,
        this.deps.claimRetry,
      );
      this.deps.logger.error(
        `Claiming a job failed (${this.claimFailures} in a row); trying again in ${this.claimRetryMs} ms: ${error}`,
      );
    } finally {
      this.ticking = false;
    }
  }

  private claim(): Promise<LeasedJob | undefined> {
    const now = this.deps.clock();
    return this.deps.database.stores.jobQueue.claimNext({
      owner: this.deps.options.runnerId,
      now: now.toISOString(),
      leaseExpiresAt: new Date(
        now.getTime() + this.deps.options.leaseMs,
      ).toISOString(),
    });
  }

  private launch(job: LeasedJob): void {
    const control = createJobControl();
    this.running.set(job.id, control);
    const heartbeat = setInterval(
      () => void this.heartbeat(job, control),
      this.deps.options.heartbeatMs,
    );
    heartbeat.unref();
    this.deps.execution
      .execute(job, control)
      .catch(error =>
        this.deps.logger.error(`Job ${job.id} ended with an error: ${error}`),
      )
      .finally(() => {
        clearInterval(heartbeat);
        this.running.delete(job.id);
        // A slot is free: look for the next job now rather than at the next poll.
        this.wake();
      });
  }

  private async heartbeat(
    job: LeasedJob,
    control: StoppableJobControl,
  ): Promise<void> {
    const { jobQueue, jobs } = this.deps.database.stores;
    const now = this.deps.clock();
    try {
      const held = await jobQueue.heartbeat(
        job.id,
        this.deps.options.runnerId,
        now.toISOString(),
        new Date(now.getTime() + this.deps.options.leaseMs).toISOString(),
      );
      if (!held) {
        control.stop({ kind: 'lease-lost' });
        return;
      }
      const current = await jobs.get(job.id);
      if (current?.cancelRequestedAt) {
        control.stop({ kind: 'cancelled' });
      }
    } catch (error) {
      // A missed beat is retried at the next interval; the lease is longer than a beat.
      this.deps.logger.warn(`Heartbeat of job ${job.id} failed: ${error}`);
    }
  }
}
