import {
  coreServices,
  createServiceFactory,
  type RootLoggerService,
} from '@backstage/backend-plugin-api';
import type { JsonObject } from '@backstage/types';

/** One log call: its level, message, the fields of its child loggers and its meta. */
export type RecordedLogLine = {
  level: 'error' | 'warn' | 'info' | 'debug';
  message: string;
  fields: JsonObject;
  meta?: Error | JsonObject;
};

class RecordingLogger implements RootLoggerService {
  constructor(
    private readonly lines: RecordedLogLine[],
    private readonly fields: JsonObject,
  ) {}

  error(message: string, meta?: Error | JsonObject) {
    this.lines.push({ level: 'error', message, fields: this.fields, meta });
  }

  warn(message: string, meta?: Error | JsonObject) {
    this.lines.push({ level: 'warn', message, fields: this.fields, meta });
  }

  info(message: string, meta?: Error | JsonObject) {
    this.lines.push({ level: 'info', message, fields: this.fields, meta });
  }

  debug(message: string, meta?: Error | JsonObject) {
    this.lines.push({ level: 'debug', message, fields: this.fields, meta });
  }

  child(meta: JsonObject): RecordingLogger {
    return new RecordingLogger(this.lines, { ...this.fields, ...meta });
  }
}

/**
 * A root logger that keeps every line at every level, with the fields of the child
 * logger it came through. Plugin loggers and the default auditor (which logs through
 * the plugin logger with `isAuditEvent: true`) all end up here.
 */
export function createRecordingRootLogger() {
  const lines: RecordedLogLine[] = [];
  const logger = new RecordingLogger(lines, {});
  return {
    lines,
    logger,
    factory: createServiceFactory({
      service: coreServices.rootLogger,
      deps: {},
      factory: () => logger,
    }),
  };
}

function toPlain(value: unknown, ancestors: object[]): unknown {
  if (typeof value === 'bigint') return value.toString();
  if (Buffer.isBuffer(value)) return value.toString('utf8');
  if (typeof value !== 'object' || value === null) return value;
  if (value instanceof Date) return value.toISOString();
  if (ancestors.includes(value)) return '[Circular]';
  const inside = [...ancestors, value];
  if (Array.isArray(value) || value instanceof Set) {
    return [...value].map(item => toPlain(item, inside));
  }
  const entries: Array<[string, unknown]> =
    value instanceof Map ? [...value.entries()] : Object.entries(value);
  if (value instanceof Error) {
    entries.push(
      ['name', value.name],
      ['message', value.message],
      ['stack', value.stack],
      ['cause', value.cause],
    );
  }
  return Object.fromEntries(
    entries.map(([key, item]) => [String(key), toPlain(item, inside)]),
  );
}

/**
 * Any value as searchable text: errors with their message, stack and cause (which
 * JSON.stringify leaves out), buffers as text, maps and sets as lists, cycles cut.
 */
export function searchableText(value: unknown): string {
  return JSON.stringify(toPlain(value, [])) ?? '';
}
