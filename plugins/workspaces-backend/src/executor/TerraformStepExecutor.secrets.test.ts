import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { INHERITED_ENV_NAMES } from './buildTerraformEnv';
import {
  provisionerOutput,
  TerraformTestBed,
} from './__testUtils__/terraformTestBed';

jest.setTimeout(60_000);

/**
 * A unique value passed only as a secret. The quote and `<&>` make Terraform escape it
 * in its `-json` lines (Go escapes `<&>` as \u003c, \u0026, \u003e), so the masking of
 * the escaped form is exercised too.
 */
function canary() {
  const unique = randomUUID();
  return { unique, value: `canary-${unique}-"<&>` };
}

function secretStep(token: string) {
  return {
    env: { SANDBOX_TOKEN: token, TF_VAR_token: token },
    secretValues: [token],
  };
}

describe('TerraformStepExecutor and secrets', () => {
  const bed = new TerraformTestBed();
  afterAll(() => bed.cleanUp());

  it('masks a secret printed by a local-exec and leaked through an output', async () => {
    const token = canary();
    const { events, logs, result } = await bed.run(
      `
      variable "token" {
        type = string
      }

      resource "terraform_data" "echo" {
        provisioner "local-exec" {
          command = "echo \\"token is $SANDBOX_TOKEN\\""
        }
      }

      # A template that forgot sensitive = true.
      output "leaky" {
        value = var.token
      }
      `,
      secretStep(token.value),
    );

    expect(result).toEqual({
      outcome: 'succeeded',
      outputs: { leaky: '***' },
      changes: { add: 1, change: 0, remove: 0 },
    });
    const everything = JSON.stringify({ events, logs, result });
    expect(everything).not.toContain(token.unique);
    // The control: the echo did run, and the mask sits where the value was.
    expect(provisionerOutput(logs)).toContain('token is ***');
  });

  it('masks a secret in the failure diagnostic, its event and the error', async () => {
    const token = canary();
    const { events, logs, result } = await bed.run(
      `
      resource "terraform_data" "login" {
        provisioner "local-exec" {
          command = "echo \\"rejected $SANDBOX_TOKEN\\" >&2; exit 1"
        }
      }
      `,
      secretStep(token.value),
    );

    expect(result.outcome).toBe('failed');
    expect(result.error).toMatch(
      /^Apply failed at terraform_data.login: local-exec provisioner error: .* Output: rejected \*\*\*$/,
    );
    expect(events).toContainEqual(
      expect.objectContaining({
        type: 'diagnostic',
        detail: expect.stringContaining('Output: rejected ***'),
      }),
    );
    expect(JSON.stringify({ events, logs, result })).not.toContain(
      token.unique,
    );
  });

  it('gives terraform none of the backend’s own variables, only allow-listed ones and the step’s', async () => {
    const backendSecret = `backend-db-${randomUUID()}`;
    process.env.BACKEND_DB_PASSWORD = backendSecret;
    process.env.TF_LOG = 'TRACE';
    try {
      const { logs, result } = await bed.run(
        `
        resource "terraform_data" "env" {
          provisioner "local-exec" {
            command = "env"
          }
        }
        `,
        { env: { STEP_REGION: 'eu-west-1' } },
      );

      expect(result.outcome).toBe('succeeded');
      const env = new Map(
        provisionerOutput(logs).map(line => {
          const at = line.indexOf('=');
          return [line.slice(0, at), line.slice(at + 1)] as const;
        }),
      );
      const allowed = new Set([
        ...INHERITED_ENV_NAMES,
        'TF_IN_AUTOMATION',
        'TF_INPUT',
        'CHECKPOINT_DISABLE',
        'TF_CLI_CONFIG_FILE',
        'STEP_REGION',
        'PWD', // set by the shell that runs the command
      ]);
      expect([...env.keys()].filter(name => !allowed.has(name))).toEqual([]);
      expect(env.get('STEP_REGION')).toBe('eu-west-1');
      expect(env.get('PATH')).toBe(process.env.PATH);
      expect(env.get('TF_IN_AUTOMATION')).toBe('1');
      expect(env.get('TF_CLI_CONFIG_FILE')).toMatch(
        new RegExp(`^${bed.workRoot}/job-\\d+/\\.executor-\\w+/terraform.rc$`),
      );
      // The executor's CLI config is removed with the step.
      expect(existsSync(env.get('TF_CLI_CONFIG_FILE')!)).toBe(false);
      expect(env.has('TF_LOG')).toBe(false);
      expect(logs.join('\n')).not.toContain(backendSecret);
    } finally {
      delete process.env.BACKEND_DB_PASSWORD;
      delete process.env.TF_LOG;
    }
  });
});
