import type { LoggerService } from '@backstage/backend-plugin-api';
import type {
  StepHooks,
  StepRequest,
  StepResult,
  WorkspaceStepExecutor,
} from '@oqullus/plugin-workspaces-node';
import { chmod, mkdir, mkdtemp, rm, rmdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildTerraformEnv } from './buildTerraformEnv';
import { createRedactor, MIN_SECRET_LENGTH } from './createRedactor';
import {
  describeFailedCommand,
  describeStoppedStep,
} from './describeStepFailure';
import { keepErroredState } from './keepErroredState';
import { readTerraformOutputs } from './readTerraformOutputs';
import {
  runTerraformCommand,
  type TerraformCommandContext,
  type TerraformCommandRun,
} from './runTerraformCommand';
import { StepHooksDispatcher } from './StepHooksDispatcher';
import { TerraformEventTranslator } from './TerraformEventTranslator';
import { validateStepRequest } from './validateStepRequest';
import { writeModuleInputs } from './writeModuleInputs';

export type TerraformStepExecutorOptions = {
  /** `terraform`, `tofu`, or the path of either. */
  binary: string;
  logger: LoggerService;
  /**
   * Where each job gets a directory (`<workRoot>/<jobId>`) for the executor's own files
   * and for state kept after a failed upload. Defaults to a directory in the OS temp dir.
   */
  workRoot?: string;
};

const PLAN_FILE = 'tfplan';

// What became of the file is the runner's to say: it pushes or keeps it.
const ERRORED_STATE_FACT =
  'Terraform could not save the state to the backend and wrote it to a file instead.';

/** `text` ending with a full stop, so another sentence can follow it. */
function sentence(text: string | undefined): string {
  if (!text) {
    return '';
  }
  return /[.!?…]$/.test(text) ? text : `${text}.`;
}

type StepEnd = Omit<StepResult, 'erroredStatePath'>;

/**
 * The default executor: runs each step with Terraform (or OpenTofu) as a child process
 * of the backend, in the module directory the runner prepared: init, plan to a file,
 * apply that plan, read the outputs.
 */
export class TerraformStepExecutor implements WorkspaceStepExecutor {
  private readonly binary: string;
  private readonly logger: LoggerService;
  private readonly workRoot: string;

  constructor(options: TerraformStepExecutorOptions) {
    this.binary = options.binary;
    this.logger = options.logger;
    this.workRoot =
      options.workRoot ?? join(tmpdir(), 'oqullus-workspaces-jobs');
  }

  async runStep(
    request: StepRequest,
    hooks: StepHooks,
    signal: AbortSignal,
  ): Promise<StepResult> {
    validateStepRequest(request);
    const deadline = Date.now() + request.timeoutMs;
    const jobDir = join(this.workRoot, request.jobId);
    await mkdir(jobDir, { recursive: true, mode: 0o700 });
    // Per step, so two steps of one job never share (or delete) each other's files.
    const stepDir = await mkdtemp(join(jobDir, '.executor-'));
    const redactor = createRedactor(request.secretValues);
    try {
      // Empty: no provider mirrors or credentials of the host leak into a job.
      const cliConfigFile = join(stepDir, 'terraform.rc');
      await writeFile(cliConfigFile, '', { mode: 0o600 });
      const env = buildTerraformEnv({
        inherited: process.env,
        cliConfigFile,
        stepEnv: request.env,
      });
      await writeModuleInputs(request);
      if (redactor.skippedValues > 0) {
        this.logger.warn(
          `Job ${request.jobId}: ${redactor.skippedValues} secret value(s) shorter than ` +
            `${MIN_SECRET_LENGTH} characters cannot be masked in its logs`,
        );
      }

      const end = await this.runCommands(request, {
        binary: this.binary,
        moduleDir: request.moduleDir,
        outputDirectory: stepDir,
        env,
        signal,
        deadline,
        cancelGraceMs: request.cancelGraceMs,
        dispatcher: new StepHooksDispatcher(hooks, redactor, this.logger),
        translator: new TerraformEventTranslator(request.action),
      });
      const erroredStatePath = await keepErroredState({
        moduleDir: request.moduleDir,
        jobDir,
        component: request.component,
      });
      const result: StepResult = erroredStatePath
        ? {
            ...end,
            erroredStatePath,
            error: `${sentence(end.error)} ${ERRORED_STATE_FACT}`.trim(),
          }
        : end;
      this.logger.info(
        `Job ${request.jobId}: ${request.action} of ${request.component} ${result.outcome}`,
      );
      return redactor.redactDeep(result);
    } finally {
      await rm(stepDir, { recursive: true, force: true });
      // The plan file holds variable values and backend settings in clear.
      await rm(join(request.moduleDir, PLAN_FILE), { force: true });
      // Only succeeds when nothing was kept for the runner to read.
      await rmdir(jobDir).catch(() => undefined);
    }
  }

  private async runCommands(
    request: StepRequest,
    context: TerraformCommandContext,
  ): Promise<StepEnd> {
    const ended = (run: TerraformCommandRun): StepEnd =>
      run.stop
        ? {
            outcome: run.stop,
            outputs: {},
            error: describeStoppedStep(run, request),
            ...(run.killed && { killed: true }),
          }
        : {
            outcome: 'failed',
            outputs: {},
            error: describeFailedCommand(run, request.action),
          };

    const init = await runTerraformCommand(context, 'init', [
      '-input=false',
      '-json',
      // init -json still prints some backend messages as coloured text.
      '-no-color',
    ]);
    if (init.stop || init.exitCode !== 0) {
      return ended(init);
    }

    const plan = await runTerraformCommand(context, 'plan', [
      '-input=false',
      '-json',
      '-detailed-exitcode',
      `-out=${PLAN_FILE}`,
      ...(request.action === 'destroy' ? ['-destroy'] : []),
    ]);
    // With -detailed-exitcode, 0 means nothing to change and 2 means changes planned.
    if (plan.stop || (plan.exitCode !== 0 && plan.exitCode !== 2)) {
      return ended(plan);
    }
    // A plan holds the prior state with its sensitive values: for this user only.
    await chmod(join(request.moduleDir, PLAN_FILE), 0o600);

    let changes: StepResult['changes'] = { add: 0, change: 0, remove: 0 };
    if (plan.exitCode === 2) {
      const apply = await runTerraformCommand(context, 'apply', [
        '-input=false',
        '-json',
        PLAN_FILE,
      ]);
      if (apply.stop || apply.exitCode !== 0) {
        return ended(apply);
      }
      changes = apply.changeSummary && {
        add: apply.changeSummary.add,
        change: apply.changeSummary.change,
        remove: apply.changeSummary.remove,
      };
    }

    const output = await runTerraformCommand(
      context,
      'output',
      ['-json', '-no-color'],
      { captureStdout: true },
    );
    if (output.stop || output.exitCode !== 0) {
      return ended(output);
    }
    try {
      const outputs = readTerraformOutputs(output.stdout.join('\n'));
      return { outcome: 'succeeded', outputs, changes };
    } catch (error) {
      return {
        outcome: 'failed',
        outputs: {},
        error: `Reading the outputs failed: ${(error as Error).message}`,
      };
    }
  }
}
