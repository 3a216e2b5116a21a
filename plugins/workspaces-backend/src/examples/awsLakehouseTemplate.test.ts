import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { basename, join, relative, resolve } from 'node:path';

/*
 * Checks of the example stack template examples/stack-templates/aws-lakehouse.
 *
 * Formatting and the wiring between the infrastructure's outputs and the apps' variables
 * are checked on every run, offline. `terraform validate` needs the hashicorp/aws
 * provider (5.x), which these tests never download: they validate only when a local
 * copy is found, and otherwise skip with the reason printed. They look, in order, in
 *
 *   - OQ_TERRAFORM_PROVIDER_MIRROR: a directory laid out as a Terraform provider mirror,
 *     e.g. made with `terraform providers mirror DIR` in the template directory (when it
 *     is set, only this directory is used);
 *   - TF_PLUGIN_CACHE_DIR: Terraform's plugin cache, filled by any earlier `terraform init`;
 *   - Terraform's implicit local mirrors: ~/.terraform.d/plugins,
 *     $XDG_DATA_HOME/terraform/plugins (~/.local/share/terraform/plugins),
 *     /usr/local/share/terraform/plugins and /usr/share/terraform/plugins.
 *
 * The provider directory found is passed to `terraform init -plugin-dir`, so Terraform
 * installs from it and never asks a registry.
 */

jest.setTimeout(180_000);

const REPO_ROOT = resolve(__dirname, '../../../..');
const TEMPLATE_DIR = join(REPO_ROOT, 'examples/stack-templates/aws-lakehouse');
const APPS_DIR = join(TEMPLATE_DIR, 'apps');
const AWS_PROVIDER = 'registry.terraform.io/hashicorp/aws';
const MIRROR_ENV = 'OQ_TERRAFORM_PROVIDER_MIRROR';

// What the runner gives every app besides the infrastructure's outputs (see
// DefaultStepPreparer).
const RUNNER_SUPPLIED_VARIABLES = ['workspace_external_id', 'workspace_name'];

function terraformPlatform(): string {
  const arch: Record<string, string> = {
    x64: 'amd64',
    arm64: 'arm64',
    ia32: '386',
    arm: 'arm',
  };
  return `${process.platform}_${arch[process.arch] ?? process.arch}`;
}

/** Whether a mirror or cache directory holds hashicorp/aws 5.x for this platform. */
function holdsAwsProvider(directory: string): boolean {
  const providerDir = join(directory, AWS_PROVIDER);
  let entries: string[];
  try {
    entries = readdirSync(providerDir);
  } catch {
    return false;
  }
  const platform = terraformPlatform();
  return entries.some(
    entry =>
      // Unpacked layout (mirrors and plugin caches): VERSION/OS_ARCH/
      (/^5\.\d+\.\d+$/.test(entry) &&
        existsSync(join(providerDir, entry, platform))) ||
      // Packed layout (mirrors): terraform-provider-aws_VERSION_OS_ARCH.zip
      new RegExp(
        `^terraform-provider-aws_5\\.\\d+\\.\\d+_${platform}\\.zip$`,
      ).test(entry),
  );
}

type ProviderLookup =
  | { available: true; directory: string; source: string }
  | { available: false; reason: string };

function findAwsProvider(): ProviderLookup {
  const explicit = process.env[MIRROR_ENV];
  if (explicit) {
    return holdsAwsProvider(explicit)
      ? { available: true, directory: explicit, source: MIRROR_ENV }
      : {
          available: false,
          reason: `${MIRROR_ENV}=${explicit} holds no ${AWS_PROVIDER} 5.x for ${terraformPlatform()}`,
        };
  }
  const home = homedir();
  const candidates: Array<[string, string | undefined]> = [
    ['TF_PLUGIN_CACHE_DIR', process.env.TF_PLUGIN_CACHE_DIR],
    ['~/.terraform.d/plugins', join(home, '.terraform.d/plugins')],
    [
      'the XDG data directory',
      join(
        process.env.XDG_DATA_HOME || join(home, '.local/share'),
        'terraform/plugins',
      ),
    ],
    [
      '/usr/local/share/terraform/plugins',
      '/usr/local/share/terraform/plugins',
    ],
    ['/usr/share/terraform/plugins', '/usr/share/terraform/plugins'],
  ];
  for (const [source, directory] of candidates) {
    if (directory && holdsAwsProvider(directory)) {
      return { available: true, directory, source };
    }
  }
  return {
    available: false,
    reason: `no ${AWS_PROVIDER} 5.x for ${terraformPlatform()} in ${MIRROR_ENV}, TF_PLUGIN_CACHE_DIR or Terraform's local plugin directories`,
  };
}

/** Runs terraform offline and non-interactively, with an empty CLI config. */
function terraform(
  args: string[],
  cwd: string,
  scratch: string,
): { status: number | null; stdout: string; stderr: string } {
  const cliConfig = join(scratch, 'empty.terraformrc');
  if (!existsSync(cliConfig)) writeFileSync(cliConfig, '');
  const result = spawnSync('terraform', args, {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    timeout: 150_000,
    maxBuffer: 64 * 1024 * 1024,
    env: {
      PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin',
      HOME: scratch,
      ...(process.env.TMPDIR ? { TMPDIR: process.env.TMPDIR } : {}),
      TF_CLI_CONFIG_FILE: cliConfig,
      CHECKPOINT_DISABLE: '1',
      TF_IN_AUTOMATION: '1',
      TF_INPUT: '0',
    },
  });
  if (result.error) {
    throw new Error(
      `Could not run terraform ${args.join(' ')}: ${result.error.message}. ` +
        'Install Terraform (>= 1.6) and put it on PATH.',
    );
  }
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
  };
}

/** A copy of the template without what a local `terraform init` may have left in it. */
function copyTemplate(scratch: string): string {
  const target = join(scratch, 'aws-lakehouse');
  cpSync(TEMPLATE_DIR, target, {
    recursive: true,
    filter: source =>
      !['.terraform', '.terraform.lock.hcl', 'terraform.tfstate'].includes(
        basename(source),
      ) && !source.endsWith('.tfstate.backup'),
  });
  return target;
}

function terraformFiles(directory: string): string[] {
  return readdirSync(directory)
    .filter(name => name.endsWith('.tf'))
    .map(name => readFileSync(join(directory, name), 'utf8'));
}

function blockNames(directory: string, kind: 'variable' | 'output'): string[] {
  const pattern = new RegExp(
    `^\\s*${kind}\\s+"([A-Za-z_][A-Za-z0-9_-]*)"`,
    'gm',
  );
  return terraformFiles(directory).flatMap(text =>
    [...text.matchAll(pattern)].map(match => match[1]),
  );
}

function appDirectories(): string[] {
  return readdirSync(APPS_DIR)
    .map(name => join(APPS_DIR, name))
    .filter(path => statSync(path).isDirectory());
}

/**
 * Runs `terraform init -backend=false` (installing only from the local provider
 * directory) and `terraform validate -json` in the copied template and in each copied
 * app, and expects no diagnostics at all.
 */
function expectValidWithProvider(
  copy: string,
  scratch: string,
  providerDirectory: string,
): void {
  for (const directory of [
    copy,
    ...appDirectories().map(app => join(copy, relative(TEMPLATE_DIR, app))),
  ]) {
    const name = relative(scratch, directory);
    const init = terraform(
      [
        'init',
        '-backend=false',
        '-input=false',
        '-no-color',
        `-plugin-dir=${providerDirectory}`,
      ],
      directory,
      scratch,
    );
    expect({
      module: name,
      init: init.status,
      output: init.status === 0 ? '' : init.stdout + init.stderr,
    }).toEqual({ module: name, init: 0, output: '' });

    const validate = terraform(
      ['validate', '-json', '-no-color'],
      directory,
      scratch,
    );
    const report = JSON.parse(validate.stdout) as {
      valid: boolean;
      diagnostics: Array<{
        severity: string;
        summary: string;
        detail?: string;
      }>;
    };
    expect({
      module: name,
      status: validate.status,
      valid: report.valid,
      diagnostics: report.diagnostics,
    }).toEqual({ module: name, status: 0, valid: true, diagnostics: [] });
  }
}

describe('examples/stack-templates/aws-lakehouse', () => {
  let scratch: string;

  beforeEach(() => {
    scratch = mkdtempSync(join(tmpdir(), 'aws-lakehouse-test-'));
  });

  afterEach(() => {
    rmSync(scratch, { recursive: true, force: true });
  });

  it('is formatted as terraform fmt formats it', () => {
    const copy = copyTemplate(scratch);
    const result = terraform(
      ['fmt', '-check', '-recursive', '-diff', '-no-color', '.'],
      copy,
      scratch,
    );
    expect({
      status: result.status,
      output: result.stdout + result.stderr,
    }).toEqual({ status: 0, output: '' });
  });

  it('gives every app only variables the infrastructure outputs or the runner supplies', () => {
    const outputs = new Set(blockNames(TEMPLATE_DIR, 'output'));
    expect([...outputs]).toEqual(
      expect.arrayContaining(['network_id', 'lake_bucket', 'compute_role_arn']),
    );

    const apps = appDirectories();
    expect(apps.map(app => relative(TEMPLATE_DIR, app))).toContain(
      join('apps', 'orchestrator'),
    );
    for (const app of apps) {
      const variables = blockNames(app, 'variable');
      const unmet = variables.filter(
        name => !outputs.has(name) && !RUNNER_SUPPLIED_VARIABLES.includes(name),
      );
      expect({ app: relative(TEMPLATE_DIR, app), unmet }).toEqual({
        app: relative(TEMPLATE_DIR, app),
        unmet: [],
      });
    }
    expect(blockNames(join(APPS_DIR, 'orchestrator'), 'variable')).toEqual(
      expect.arrayContaining(['lake_bucket', 'compute_role_arn']),
    );
  });

  it('leaves the backend to the runner and the credentials to the environment', () => {
    const infrastructureVariables = blockNames(TEMPLATE_DIR, 'variable');
    expect(infrastructureVariables).toEqual(
      expect.arrayContaining(['workspace_external_id', 'region', 'network_id']),
    );
    for (const directory of [TEMPLATE_DIR, ...appDirectories()]) {
      for (const text of terraformFiles(directory)) {
        expect(text).not.toMatch(/^\s*backend\s+"/m);
        expect(text).not.toMatch(
          /^\s*(access_key|secret_key|token|shared_credentials_files?|profile)\s*=/m,
        );
        expect(text).toMatch(/source\s*=\s*"hashicorp\/aws"/);
        expect(text).toMatch(/version\s*=\s*"~> 5\.0"/);
        expect(text).toMatch(
          /"oqullus:workspace"\s*=\s*var\.workspace_external_id/,
        );
      }
    }
  });

  const provider = findAwsProvider();
  if (!provider.available) {
    // eslint-disable-next-line no-console
    console.info(
      `Skipping terraform validate of aws-lakehouse: ${provider.reason}. ` +
        'These tests never download providers. To enable it, make hashicorp/aws 5.x ' +
        'available locally, e.g. on a machine with internet access run ' +
        '`terraform providers mirror /path/to/mirror` in examples/stack-templates/aws-lakehouse ' +
        `and set ${MIRROR_ENV}=/path/to/mirror (or set TF_PLUGIN_CACHE_DIR to a plugin ` +
        'cache that holds it, or unpack it under ~/.terraform.d/plugins).',
    );
  }

  (provider.available ? it : it.skip)(
    'passes terraform validate, infrastructure and apps, with the local hashicorp/aws provider',
    () => {
      if (provider.available) {
        expectValidWithProvider(
          copyTemplate(scratch),
          scratch,
          provider.directory,
        );
      }
    },
  );
});
