import type { JobLogChunk } from '@oqullus/plugin-workspaces-common';

export type LogLevel = 'error' | 'warn' | 'info';

/** One line of a job log as people read it: Terraform's message, its time and level. */
export type LogLine = {
  /** The line's number in the raw log, as downloaded (from 1). */
  number: number;
  level: LogLevel;
  message: string;
  /** Terraform's `@timestamp`; plain-text lines have none. */
  timestamp?: string;
};

/** The lines one step wrote: Terraform's init apart, as it is rarely what matters. */
export type LogSection = {
  /** A key unique in the log, stable while the log grows. */
  key: string;
  /** The job step (`infrastructure` or an app); absent on chunks stored without one. */
  step?: string;
  init: LogLine[];
  lines: LogLine[];
};

type TerraformJsonLine = {
  '@level'?: string;
  '@message'?: string;
  '@timestamp'?: string;
  type?: string;
  message_code?: string;
  diagnostic?: { detail?: string };
};

// init -json still prints some backend messages as coloured text.
// eslint-disable-next-line no-control-regex
const ANSI_ESCAPE = /\u001b\[[0-9;]*m/g;
const INIT_DONE = 'output_init_success_message';

/**
 * The chunks' text as one file: chunks are whole lines, but old ones lack their
 * last newline, which would glue two records together.
 */
export function joinLogChunks(chunks: JobLogChunk[]): string {
  return chunks
    .map(chunk => (chunk.text.endsWith('\n') ? chunk.text : `${chunk.text}\n`))
    .join('');
}

/** Reads one raw line, a `terraform -json` record (parsed already) or plain text. */
function readLogLine(
  raw: string,
  json: TerraformJsonLine | undefined,
  number: number,
): LogLine {
  if (!json) {
    const message = raw.replace(ANSI_ESCAPE, '');
    return {
      number,
      message,
      level: /^[\s│╷]*Error:/.test(message) ? 'error' : 'info',
    };
  }
  const detail = json.diagnostic?.detail;
  return {
    number,
    level: levelOf(json['@level']),
    message: detail ? `${json['@message']}\n${detail}` : json['@message']!,
    timestamp: json['@timestamp'],
  };
}

/**
 * The log as one section per step, in the order the steps wrote; a step that ran
 * again (after a handover) starts a new section.
 */
export function sectionsOf(chunks: JobLogChunk[]): LogSection[] {
  const sections: Array<LogSection & { raw: TerraformJsonLine[] }> = [];
  let number = 0;
  for (const chunk of chunks) {
    let section = sections[sections.length - 1];
    if (!section || section.step !== chunk.step) {
      section = {
        key: `${chunk.seq}`,
        step: chunk.step,
        init: [],
        lines: [],
        raw: [],
      };
      sections.push(section);
    }
    const rawLines = chunk.text.split('\n');
    if (rawLines[rawLines.length - 1] === '') rawLines.pop();
    for (const raw of rawLines) {
      number += 1;
      if (raw.trim() === '') continue;
      const json = parseJsonLine(raw);
      section.lines.push(readLogLine(raw, json, number));
      section.raw.push(json ?? {});
    }
  }
  return sections.map(({ raw, ...section }) => {
    const initLength = initLengthOf(raw);
    return {
      ...section,
      init: section.lines.slice(0, initLength),
      lines: section.lines.slice(initLength),
    };
  });
}

/**
 * How many leading lines are Terraform's init: up to its success message; an init
 * that has not succeeded (running, or failed and so the step's last command) is all.
 */
function initLengthOf(raw: TerraformJsonLine[]): number {
  const done = raw.findIndex(line => line.message_code === INIT_DONE);
  if (done >= 0) return done + 1;
  return raw.some(line => line.type === 'init_output') ? raw.length : 0;
}

function parseJsonLine(raw: string): TerraformJsonLine | undefined {
  if (!raw.startsWith('{')) return undefined;
  try {
    const parsed = JSON.parse(raw);
    return typeof parsed === 'object' &&
      parsed !== null &&
      typeof parsed['@message'] === 'string'
      ? parsed
      : undefined;
  } catch {
    return undefined;
  }
}

function levelOf(level: string | undefined): LogLevel {
  if (level === 'error') return 'error';
  return level === 'warn' ? 'warn' : 'info';
}
