import { mockServices } from '@backstage/backend-test-utils';
import type {
  StepEvent,
  StepHooks,
  StepRequest,
} from '@oqullus/plugin-workspaces-node';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TerraformStepExecutor } from '../TerraformStepExecutor';

/** Hooks that keep everything a step reports, for assertions. */
export function recordingHooks() {
  const events: StepEvent[] = [];
  const logs: string[] = [];
  const hooks: StepHooks = {
    onEvent: event => {
      events.push(event);
    },
    onLog: lines => {
      logs.push(...lines);
    },
  };
  return { events, logs, hooks };
}

/** What `local-exec` printed, read back from the `-json` log lines. */
export function provisionerOutput(logs: string[]): string[] {
  return logs.flatMap(line => {
    try {
      const message = JSON.parse(line);
      return message.type === 'provision_progress' &&
        !message.hook.output.startsWith('Executing:')
        ? [message.hook.output as string]
        : [];
    } catch {
      return [];
    }
  });
}

/**
 * A temp directory with a real TerraformStepExecutor (the `terraform` on PATH), fresh
 * module directories as the runner would copy them, and a local state file.
 */
export class TerraformTestBed {
  readonly root = mkdtempSync(join(tmpdir(), 'terraform-step-executor-'));
  readonly workRoot = join(this.root, 'jobs');
  readonly statePath = join(this.root, 'terraform.tfstate');
  readonly executor = new TerraformStepExecutor({
    binary: 'terraform',
    logger: mockServices.logger.mock(),
    workRoot: this.workRoot,
  });
  private modules = 0;

  /** A fresh copy of a module made of one main.tf. */
  moduleDir(mainTf: string): string {
    this.modules += 1;
    const dir = join(this.root, `module-${this.modules}`);
    mkdirSync(dir);
    writeFileSync(join(dir, 'main.tf'), mainTf);
    return dir;
  }

  request(mainTf: string, overrides: Partial<StepRequest> = {}): StepRequest {
    return {
      jobId: `job-${this.modules + 1}`,
      workspaceId: 'ws-1',
      component: 'infrastructure',
      action: 'apply',
      moduleDir: this.moduleDir(mainTf),
      backend: { type: 'local', config: { path: this.statePath } },
      variables: {},
      env: {},
      secretValues: [],
      timeoutMs: 60_000,
      cancelGraceMs: 5_000,
      ...overrides,
    };
  }

  /** Runs a step to the end and returns what it reported. */
  async run(
    mainTf: string,
    overrides: Partial<StepRequest> = {},
    signal = new AbortController().signal,
  ) {
    const recording = recordingHooks();
    const request = this.request(mainTf, overrides);
    const result = await this.executor.runStep(
      request,
      recording.hooks,
      signal,
    );
    return { ...recording, request, result };
  }

  cleanUp(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}
