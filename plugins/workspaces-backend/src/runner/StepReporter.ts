import type { LoggerService } from '@backstage/backend-plugin-api';
import type { Job, JobStep } from '@oqullus/plugin-workspaces-common';
import type { StepEvent, StepHooks } from '@oqullus/plugin-workspaces-node';
import type { NewWorkspaceEvent } from '../database/EventStore';
import type { EventBroadcaster } from '../publishing/EventBroadcaster';
import { workspaceEvent } from '../database/workspaceEvents';
import type { JobLease } from './JobLease';

// Log lines arrive one by one; storing them in chunks keeps the table and the reads small.
const LOG_CHUNK_LINES = 50;
const LOG_FLUSH_MS = 500;

/**
 * Turns what the executor reports about one step into events and log chunks, written
 * through the job's lease: a runner that lost the job records nothing more of it.
 */
export class StepReporter {
  private pendingLines: string[] = [];
  private flushTimer?: NodeJS.Timeout;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly deps: {
      broadcaster: EventBroadcaster;
      logger: LoggerService;
      clock: () => Date;
    },
    private readonly lease: JobLease,
    private readonly step: JobStep,
  ) {}

  private get job(): Job {
    return this.lease.job;
  }

  readonly hooks: StepHooks = {
    onEvent: event => this.event(event),
    onLog: lines => this.log(lines),
  };

  async diagnostic(summary: string): Promise<void> {
    await this.event({ type: 'diagnostic', severity: 'error', summary });
  }

  /** Writes what is still buffered; call once the step ended. */
  async flush(): Promise<void> {
    clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    const lines = this.pendingLines;
    this.pendingLines = [];
    if (lines.length > 0) {
      this.writing = this.writing.then(() => this.writeLog(lines));
    }
    await this.writing;
  }

  private async log(lines: string[]): Promise<void> {
    this.pendingLines.push(...lines);
    if (this.pendingLines.length >= LOG_CHUNK_LINES) {
      await this.flush();
    } else if (!this.flushTimer) {
      this.flushTimer = setTimeout(() => void this.flush(), LOG_FLUSH_MS);
    }
  }

  private async writeLog(lines: string[]): Promise<void> {
    try {
      // Every line ends with a newline, the chunk's last one too: the log is the chunks
      // joined as stored, and the next chunk must not continue this one's last line.
      await this.lease.write(stores =>
        stores.jobLogs.append(
          this.job.id,
          [lines.map(line => `${line}\n`).join('')],
          this.deps.clock().toISOString(),
          this.step.name,
        ),
      );
    } catch (error) {
      this.deps.logger.warn(
        `Could not store log of job ${this.job.id}: ${error}`,
      );
    }
  }

  private async event(event: StepEvent): Promise<void> {
    const stored = await this.lease.write(stores =>
      stores.events.append(this.toWorkspaceEvent(event)),
    );
    if (stored) await this.deps.broadcaster.publish([stored]);
  }

  private toWorkspaceEvent(event: StepEvent): NewWorkspaceEvent {
    const base = {
      workspaceId: this.job.workspaceId,
      jobId: this.job.id,
      at: this.deps.clock(),
    };
    const step = this.step.name;
    switch (event.type) {
      case 'resource': {
        const { address, action, phase, elapsedSeconds } = event;
        const took =
          elapsedSeconds === undefined ? '' : ` after ${elapsedSeconds}s`;
        return workspaceEvent('terraform.resource', {
          ...base,
          level: phase === 'errored' ? 'error' : 'info',
          message: `${step}: ${address} ${action} ${phase}${took}`,
          data: { address, action, phase, elapsedSeconds, step },
        });
      }
      case 'diagnostic':
        return workspaceEvent('terraform.diagnostic', {
          ...base,
          level: event.severity === 'error' ? 'error' : 'warning',
          message: `${step}: ${event.summary}${
            event.detail ? `: ${event.detail}` : ''
          }`,
          data: {
            severity: event.severity,
            summary: event.summary,
            detail: event.detail,
            address: event.address,
            step,
          },
        });
      case 'change-summary':
        return workspaceEvent('terraform.change-summary', {
          ...base,
          message: `${step}: ${event.operation} ${event.add} to add, ${event.change} to change, ${event.remove} to destroy`,
          data: {
            add: event.add,
            change: event.change,
            remove: event.remove,
            operation: event.operation,
            step,
          },
        });
      default: {
        const unknown: never = event;
        throw new Error(`Unknown step event ${JSON.stringify(unknown)}`);
      }
    }
  }
}
