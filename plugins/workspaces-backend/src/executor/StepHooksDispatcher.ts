import type { LoggerService } from '@backstage/backend-plugin-api';
import type { StepEvent, StepHooks } from '@oqullus/plugin-workspaces-node';
import type { Redactor } from './createRedactor';

export type StepHooksDispatcherOptions = {
  /** Lines sent in one `onLog` call at most. */
  maxBatchLines?: number;
  /** How long a line may wait in the buffer before it is sent anyway. */
  flushIntervalMs?: number;
};

/**
 * Hands a step's log lines and events to the runner's hooks, redacted and in order.
 * Lines are batched so a chatty apply does not cost one store write per line; a buffered
 * line is always sent before a later event. The hooks are called one at a time, and a
 * failing hook is logged rather than allowed to stop Terraform halfway through an apply.
 */
export class StepHooksDispatcher {
  private buffer: string[] = [];
  private queue: Promise<void> = Promise.resolve();
  private flushTimer: NodeJS.Timeout | undefined;
  private readonly maxBatchLines: number;
  private readonly flushIntervalMs: number;

  constructor(
    private readonly hooks: StepHooks,
    private readonly redactor: Redactor,
    private readonly logger: LoggerService,
    options: StepHooksDispatcherOptions = {},
  ) {
    this.maxBatchLines = options.maxBatchLines ?? 200;
    this.flushIntervalMs = options.flushIntervalMs ?? 1000;
  }

  log(line: string): void {
    this.buffer.push(this.redactor.redact(line));
    if (this.buffer.length >= this.maxBatchLines) {
      this.sendBuffer();
    } else if (!this.flushTimer) {
      this.flushTimer = setTimeout(
        () => this.sendBuffer(),
        this.flushIntervalMs,
      );
    }
  }

  event(event: StepEvent): void {
    this.sendBuffer();
    const redacted = this.redactor.redactDeep(event);
    this.enqueue('an event', () => this.hooks.onEvent(redacted));
  }

  /** Sends whatever is buffered and waits until the hooks have taken everything. */
  async flush(): Promise<void> {
    this.sendBuffer();
    await this.queue;
  }

  private sendBuffer(): void {
    clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    if (this.buffer.length === 0) {
      return;
    }
    const lines = this.buffer;
    this.buffer = [];
    this.enqueue('log lines', () => this.hooks.onLog(lines));
  }

  private enqueue(what: string, call: () => void | Promise<void>): void {
    this.queue = this.queue
      .then(call)
      .catch(error =>
        this.logger.warn(
          `Could not report ${what} of a job step: ${this.redactor.redact(
            String(error),
          )}`,
        ),
      );
  }
}
