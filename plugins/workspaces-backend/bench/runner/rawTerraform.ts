import { spawn } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * The baseline of case (a): `terraform init && terraform plan -out && terraform apply
 * plan` of the same module, run directly in a fresh folder with the default `local`
 * backend. The flags and environment are the runner's (`-input=false -json`, an empty CLI
 * config, TF_IN_AUTOMATION), so the difference is the runner's own work: claiming,
 * preparing the module, the built-in `http` state backend, `terraform output -json`,
 * logs and events in the database, finishing.
 */
export async function rawTerraformApply(options: {
  binary: string;
  module: string;
  directory: string;
}): Promise<number> {
  await rm(options.directory, { recursive: true, force: true });
  await mkdir(options.directory, { recursive: true });
  await writeFile(
    path.join(options.directory, 'main.tf'),
    options.module,
    'utf8',
  );
  const cliConfigFile = path.join(options.directory, 'terraform.rc');
  await writeFile(cliConfigFile, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    TF_IN_AUTOMATION: '1',
    TF_INPUT: '0',
    TF_CLI_CONFIG_FILE: cliConfigFile,
    CHECKPOINT_DISABLE: '1',
  };
  const start = process.hrtime.bigint();
  await run(options.binary, ['init', '-input=false', '-json', '-no-color'], {
    cwd: options.directory,
    env,
  });
  await run(
    options.binary,
    ['plan', '-input=false', '-json', '-out=bench.tfplan'],
    { cwd: options.directory, env },
  );
  await run(
    options.binary,
    ['apply', '-input=false', '-json', 'bench.tfplan'],
    {
      cwd: options.directory,
      env,
    },
  );
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  await rm(options.directory, { recursive: true, force: true });
  return ms;
}

/** Runs a command to its end, reading (and dropping) its output; throws unless it exits 0. */
function run(
  binary: string,
  args: string[],
  options: { cwd: string; env: Record<string, string> },
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const tail: string[] = [];
    const keep = (chunk: Buffer) => {
      tail.push(chunk.toString('utf8'));
      if (tail.length > 20) tail.shift();
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', reject);
    child.on('close', code =>
      code === 0
        ? resolve()
        : reject(
            new Error(
              `${binary} ${args.join(' ')} exited ${code}: ${tail.join('')}`,
            ),
          ),
    );
  });
}
