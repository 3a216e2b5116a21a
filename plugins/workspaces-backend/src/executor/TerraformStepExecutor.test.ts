import { InputError } from '@backstage/errors';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  provisionerOutput,
  TerraformTestBed,
} from './__testUtils__/terraformTestBed';

jest.setTimeout(60_000);

const platformModule = `
variable "name" {
  type = string
}

resource "terraform_data" "network" {
  input = "net-\${var.name}"
}

resource "terraform_data" "compute" {
  count = 2
  input = { network = terraform_data.network.output, index = count.index }

  provisioner "local-exec" {
    command = "echo provisioning compute \${count.index} for \${var.name}"
  }
}

output "network" {
  value = terraform_data.network.output
}

output "compute_count" {
  value = length(terraform_data.compute)
}

output "admin_password" {
  value     = "pw-for-\${var.name}-only"
  sensitive = true
}
`;

const addresses = [
  'terraform_data.network',
  'terraform_data.compute[0]',
  'terraform_data.compute[1]',
];

describe('TerraformStepExecutor', () => {
  const bed = new TerraformTestBed();
  afterAll(() => bed.cleanUp());

  it('applies a module: resource and change events, outputs without the sensitive one, the log', async () => {
    const { events, logs, result, request } = await bed.run(platformModule, {
      variables: { name: 'alpha' },
    });

    expect(result).toEqual({
      outcome: 'succeeded',
      outputs: { network: 'net-alpha', compute_count: 2 },
      changes: { add: 3, change: 0, remove: 0 },
    });
    for (const address of addresses) {
      expect(events).toContainEqual({
        type: 'resource',
        address,
        action: 'create',
        phase: 'started',
      });
      expect(events).toContainEqual({
        type: 'resource',
        address,
        action: 'create',
        phase: 'completed',
        elapsedSeconds: expect.any(Number),
      });
    }
    expect(events.filter(event => event.type === 'change-summary')).toEqual([
      {
        type: 'change-summary',
        add: 3,
        change: 0,
        remove: 0,
        operation: 'plan',
      },
      {
        type: 'change-summary',
        add: 3,
        change: 0,
        remove: 0,
        operation: 'apply',
      },
    ]);
    expect(provisionerOutput(logs)).toEqual(
      expect.arrayContaining([
        'provisioning compute 0 for alpha',
        'provisioning compute 1 for alpha',
      ]),
    );
    expect(logs.some(line => line.includes('Apply complete!'))).toBe(true);
    // `output -json` prints sensitive values in clear; none of that reaches the log.
    expect(JSON.stringify({ events, logs, result })).not.toContain(
      'pw-for-alpha-only',
    );
    // The plan file and the executor's own files are gone; nothing was kept.
    expect(existsSync(join(request.moduleDir, 'tfplan'))).toBe(false);
    expect(readdirSync(bed.workRoot)).toEqual([]);
  });

  it('reports no changes and applies nothing when the plan finds nothing to do', async () => {
    const { events, result } = await bed.run(platformModule, {
      variables: { name: 'alpha' },
    });

    expect(result).toEqual({
      outcome: 'succeeded',
      outputs: { network: 'net-alpha', compute_count: 2 },
      changes: { add: 0, change: 0, remove: 0 },
    });
    expect(events.filter(event => event.type === 'resource')).toEqual([]);
  });

  it('destroys everything the state holds', async () => {
    const { events, result } = await bed.run(platformModule, {
      action: 'destroy',
      variables: { name: 'alpha' },
    });

    expect(result).toEqual({
      outcome: 'succeeded',
      outputs: {},
      changes: { add: 0, change: 0, remove: 3 },
    });
    for (const address of addresses) {
      expect(events).toContainEqual(
        expect.objectContaining({
          address,
          action: 'delete',
          phase: 'completed',
        }),
      );
    }
    expect(events).toContainEqual({
      type: 'change-summary',
      add: 0,
      change: 0,
      remove: 3,
      operation: 'destroy',
    });
    const state = JSON.parse(readFileSync(bed.statePath, 'utf8'));
    expect(state.resources).toEqual([]);
  });

  it('fails with the error diagnostic of a local-exec that exits 1', async () => {
    const { events, result } = await bed.run(`
      resource "terraform_data" "compute" {
        count = 1
        provisioner "local-exec" {
          command = "echo disk full >&2; exit 1"
        }
      }
    `);

    expect(result).toEqual({
      outcome: 'failed',
      outputs: {},
      error:
        "Apply failed at terraform_data.compute[0]: local-exec provisioner error: Error running command 'echo disk full >&2; exit 1': exit status 1. Output: disk full",
    });
    expect(events).toContainEqual({
      type: 'diagnostic',
      severity: 'error',
      summary: 'local-exec provisioner error',
      detail: expect.stringContaining('exit status 1'),
      address: 'terraform_data.compute[0]',
    });
    expect(events).toContainEqual(
      expect.objectContaining({
        address: 'terraform_data.compute[0]',
        phase: 'errored',
      }),
    );
  });

  it('fails at once, instead of waiting for input, when a required variable is missing', async () => {
    const { result } = await bed.run(
      'variable "region" {\n  type = string\n}\n',
      { timeoutMs: 20_000 },
    );

    expect(result.outcome).toBe('failed');
    expect(result.error).toMatch(
      /^Plan failed: No value for required variable: .*"region"/,
    );
  });

  it('rejects a request it cannot run safely, before running anything', async () => {
    const request = bed.request('');
    await expect(
      bed.executor.runStep(
        { ...request, moduleDir: 'relative/dir' },
        { onEvent: () => {}, onLog: () => {} },
        new AbortController().signal,
      ),
    ).rejects.toThrow(InputError);
    await expect(
      bed.executor.runStep(
        { ...request, jobId: '../escape' },
        { onEvent: () => {}, onLog: () => {} },
        new AbortController().signal,
      ),
    ).rejects.toThrow(/cannot name a directory/);
  });
});
