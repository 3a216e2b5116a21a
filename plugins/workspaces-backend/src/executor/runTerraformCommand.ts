import type {
  StepChangeSummaryEvent,
  StepDiagnosticEvent,
} from '@oqullus/plugin-workspaces-node';
import { join } from 'node:path';
import { runTerraformProcess, type ProcessStop } from './runTerraformProcess';
import type { StepHooksDispatcher } from './StepHooksDispatcher';
import {
  parseTerraformJsonLine,
  type TerraformEventTranslator,
} from './TerraformEventTranslator';

export type TerraformCommand = 'init' | 'plan' | 'apply' | 'output';

/** What one step shares between its Terraform commands. */
export type TerraformCommandContext = {
  binary: string;
  moduleDir: string;
  /** A private directory of the step where each command's output files go. */
  outputDirectory: string;
  env: Record<string, string>;
  signal: AbortSignal;
  /** When the step's time budget runs out (epoch ms). */
  deadline: number;
  cancelGraceMs: number;
  dispatcher: StepHooksDispatcher;
  translator: TerraformEventTranslator;
};

export type TerraformCommandRun = {
  command: TerraformCommand;
  started: boolean;
  exitCode: number | null;
  stop?: ProcessStop;
  killed: boolean;
  /** Error diagnostics, in the order Terraform reported them; not yet redacted. */
  errors: StepDiagnosticEvent[];
  changeSummary?: StepChangeSummaryEvent;
  /** Standard output, when captured instead of logged. */
  stdout: string[];
  /** The last lines Terraform wrote to standard error, for when it reports no diagnostic. */
  stderrTail: string[];
};

const STDERR_TAIL_LINES = 20;

/**
 * Runs one Terraform command of a step: its output goes to the log, its `-json`
 * messages become events. With `captureStdout`, standard output is kept out of the log
 * and returned instead (`output -json` prints sensitive values in clear).
 */
export async function runTerraformCommand(
  context: TerraformCommandContext,
  command: TerraformCommand,
  args: string[],
  options: { captureStdout?: boolean } = {},
): Promise<TerraformCommandRun> {
  const run: TerraformCommandRun = {
    command,
    started: false,
    exitCode: null,
    killed: false,
    errors: [],
    stdout: [],
    stderrTail: [],
  };

  const onStdout = (line: string) => {
    if (options.captureStdout) {
      run.stdout.push(line);
      return;
    }
    context.dispatcher.log(line);
    const message = parseTerraformJsonLine(line);
    const event = message && context.translator.translate(message);
    if (!event) {
      return;
    }
    if (event.type === 'diagnostic' && event.severity === 'error') {
      run.errors.push(event);
    }
    if (event.type === 'change-summary') {
      run.changeSummary = event;
    }
    context.dispatcher.event(event);
  };

  const onStderr = (line: string) => {
    context.dispatcher.log(line);
    run.stderrTail.push(line);
    if (run.stderrTail.length > STDERR_TAIL_LINES) {
      run.stderrTail.shift();
    }
  };

  try {
    const result = await runTerraformProcess({
      binary: context.binary,
      args: [command, ...args],
      cwd: context.moduleDir,
      env: context.env,
      signal: context.signal,
      timeoutMs: context.deadline - Date.now(),
      cancelGraceMs: context.cancelGraceMs,
      outputFile: join(context.outputDirectory, command),
      onLine: (line, stream) =>
        stream === 'stdout' ? onStdout(line) : onStderr(line),
    });
    run.started = result.started;
    run.exitCode = result.exitCode;
    run.stop = result.stop;
    run.killed = result.killed;
  } finally {
    await context.dispatcher.flush();
  }
  return run;
}
