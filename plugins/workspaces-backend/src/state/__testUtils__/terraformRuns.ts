import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type TerraformResult = { code: number | null; output: string };

export type RunningTerraform = {
  child: ChildProcess;
  /** Output so far, stdout and stderr interleaved. */
  output(): string;
  result: Promise<TerraformResult>;
};

/**
 * Runs the real `terraform` from PATH the way the job runner should: its own process
 * group, no stdin, an environment built from scratch (an empty CLI config instead of
 * the machine's missing one) and the credential only in TF_HTTP_PASSWORD. `cleanUp`
 * kills every process group started (provisioner grandchildren such as `sleep` too)
 * and deletes the working directories.
 */
export class TerraformRuns {
  private readonly groups = new Set<number>();
  private readonly directories: string[] = [];

  /** A fresh working directory holding the given files. */
  async workdir(files: Record<string, string>): Promise<string> {
    const directory = await mkdtemp(join(tmpdir(), 'workspaces-state-tf-'));
    this.directories.push(directory);
    await writeFile(join(directory, '.terraformrc'), '');
    for (const [name, content] of Object.entries(files)) {
      await writeFile(join(directory, name), content);
    }
    return directory;
  }

  start(
    directory: string,
    args: string[],
    env: { TF_HTTP_PASSWORD: string } & Record<string, string>,
  ): RunningTerraform {
    const child = spawn('terraform', args, {
      cwd: directory,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        HOME: directory,
        TF_CLI_CONFIG_FILE: join(directory, '.terraformrc'),
        CHECKPOINT_DISABLE: '1',
        TF_IN_AUTOMATION: '1',
        TF_INPUT: '0',
        ...env,
      },
    });
    if (child.pid !== undefined) {
      this.groups.add(child.pid);
    }
    let output = '';
    child.stdout?.on('data', chunk => (output += chunk));
    child.stderr?.on('data', chunk => (output += chunk));
    const result = new Promise<TerraformResult>((resolve, reject) => {
      child.once('error', reject);
      // On exit, not close: a provisioner's orphan could hold the pipes open.
      child.once('exit', code => {
        // Reap what terraform left in its group (a provisioner's `sleep` survives it),
        // then forget the group: its id could be reused by an unrelated process later.
        this.killGroup(child.pid);
        this.groups.delete(child.pid!);
        setImmediate(() => resolve({ code, output }));
      });
    });
    return { child, output: () => output, result };
  }

  run(
    directory: string,
    args: string[],
    env: { TF_HTTP_PASSWORD: string } & Record<string, string>,
  ): Promise<TerraformResult> {
    return this.start(directory, args, env).result;
  }

  async cleanUp(): Promise<void> {
    for (const pid of this.groups) {
      this.killGroup(pid);
    }
    this.groups.clear();
    await Promise.all(
      this.directories
        .splice(0)
        .map(directory => rm(directory, { recursive: true, force: true })),
    );
  }

  private killGroup(pid: number | undefined): void {
    if (pid === undefined) {
      return;
    }
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // The group is gone already.
    }
  }
}

/**
 * An offline module of three `terraform_data` resources; `generation` changes them all,
 * and `sleep_seconds` keeps the apply (and so its state lock) busy in a provisioner.
 */
export const threeResourceModule = `
variable "generation" {
  type    = number
  default = 1
}

variable "sleep_seconds" {
  type    = number
  default = 0
}

resource "terraform_data" "network" {
  input = "network-\${var.generation}"
}

resource "terraform_data" "cluster" {
  input = { network = terraform_data.network.output }
}

resource "terraform_data" "app" {
  input = terraform_data.cluster.output

  provisioner "local-exec" {
    command = "sleep \${var.sleep_seconds}"
  }
}

output "network" {
  value = terraform_data.network.output
}
`;
