import type { StepAction, StepEvent } from '@oqullus/plugin-workspaces-node';

/**
 * One message of Terraform's machine-readable UI (`-json`). Only `type` is certain;
 * the fields depend on it, and new Terraform versions add types and fields.
 */
export type TerraformJsonMessage = { type: string } & Record<string, unknown>;

/** A line of `-json` output as a message, or undefined when it is plain text. */
export function parseTerraformJsonLine(
  line: string,
): TerraformJsonMessage | undefined {
  if (!line.startsWith('{')) {
    return undefined;
  }
  try {
    const value: unknown = JSON.parse(line);
    if (isRecord(value) && typeof value.type === 'string') {
      return value as TerraformJsonMessage;
    }
  } catch {
    // Not JSON after all: Terraform printed text that starts with a brace.
  }
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function record(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function count(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

const resourcePhases = {
  apply_start: 'started',
  apply_complete: 'completed',
  apply_errored: 'errored',
} as const;

/**
 * Turns Terraform's `-json` messages into step events. Unknown types and fields are
 * ignored, as Terraform's docs ask of consumers of the format.
 */
export class TerraformEventTranslator {
  /** `action` is the step's: a destroy is applied from a saved plan, which Terraform reports as an apply. */
  constructor(private readonly action: StepAction) {}

  translate(message: TerraformJsonMessage): StepEvent | undefined {
    switch (message.type) {
      case 'apply_start':
      case 'apply_complete':
      case 'apply_errored':
        return this.resource(message, resourcePhases[message.type]);
      case 'diagnostic':
        return this.diagnostic(message);
      case 'change_summary':
        return this.changeSummary(message);
      default:
        return undefined;
    }
  }

  private resource(
    message: TerraformJsonMessage,
    phase: 'started' | 'completed' | 'errored',
  ): StepEvent | undefined {
    const hook = record(message.hook);
    const address = text(record(hook.resource).addr);
    if (!address) {
      return undefined;
    }
    const elapsed = hook.elapsed_seconds;
    return {
      type: 'resource',
      address,
      action: text(hook.action) ?? 'unknown',
      phase,
      ...(typeof elapsed === 'number' && phase !== 'started'
        ? { elapsedSeconds: elapsed }
        : {}),
    };
  }

  private diagnostic(message: TerraformJsonMessage): StepEvent | undefined {
    const diagnostic = record(message.diagnostic);
    const severity = diagnostic.severity;
    const summary = text(diagnostic.summary);
    if ((severity !== 'error' && severity !== 'warning') || !summary) {
      return undefined;
    }
    const detail = text(diagnostic.detail);
    const address = text(diagnostic.address);
    return {
      type: 'diagnostic',
      severity,
      summary,
      ...(detail ? { detail } : {}),
      ...(address ? { address } : {}),
    };
  }

  private changeSummary(message: TerraformJsonMessage): StepEvent | undefined {
    const changes = record(message.changes);
    const operation = changes.operation;
    if (
      operation !== 'plan' &&
      operation !== 'apply' &&
      operation !== 'destroy'
    ) {
      return undefined;
    }
    return {
      type: 'change-summary',
      add: count(changes.add),
      change: count(changes.change),
      remove: count(changes.remove),
      operation:
        operation === 'apply' && this.action === 'destroy'
          ? 'destroy'
          : operation,
    };
  }
}
