import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startHttpStateServer } from './__testUtils__/httpStateServer';
import { TerraformTestBed } from './__testUtils__/terraformTestBed';

jest.setTimeout(60_000);

const twoResources = `
resource "terraform_data" "a" {
  input = "a"
}

resource "terraform_data" "b" {
  input = terraform_data.a.output
}
`;

describe('TerraformStepExecutor with an http state backend', () => {
  const bed = new TerraformTestBed();
  afterAll(() => bed.cleanUp());

  it('keeps the state terraform could not upload and reports where it is', async () => {
    const server = await startHttpStateServer({ failUploads: true });
    try {
      const { events, result, request } = await bed.run(twoResources, {
        backend: { type: 'http', config: server.backendConfig },
      });

      const kept = join(
        bed.workRoot,
        request.jobId,
        'kept',
        'errored-infrastructure.tfstate',
      );
      expect(result).toEqual({
        outcome: 'failed',
        outputs: {},
        erroredStatePath: kept,
        error: expect.stringMatching(
          /^Apply failed: Failed to save state: Error saving state: Failed to upload state: POST http:\/\/127\.0\.0\.1:\d+\/state\/ws-1\/infrastructure\?ID=[0-9a-f-]+ giving up after 1 attempt\(s\) \(1 more error in the job log\)\. Terraform could not save the state to the backend and wrote it to a file instead\.$/,
        ),
      });
      const state = JSON.parse(readFileSync(kept, 'utf8'));
      expect(state.resources.map((r: { name: string }) => r.name)).toEqual([
        'a',
        'b',
      ]);
      expect(existsSync(join(request.moduleDir, 'errored.tfstate'))).toBe(
        false,
      );
      // Only the kept state remains of the job's directory.
      expect(readdirSync(join(bed.workRoot, request.jobId))).toEqual(['kept']);
      expect(events).toContainEqual(
        expect.objectContaining({
          type: 'diagnostic',
          summary: 'Failed to persist state to backend',
        }),
      );
      expect(server.requests.map(r => r.method)).toContain('POST');
    } finally {
      await server.close();
    }
  });

  it('passes backend credentials only through the environment', async () => {
    const server = await startHttpStateServer({ failUploads: false });
    const password = 'http-backend-password-7731';
    try {
      const { logs, result, request } = await bed.run(twoResources, {
        backend: { type: 'http', config: server.backendConfig },
        env: { TF_HTTP_USERNAME: 'job', TF_HTTP_PASSWORD: password },
        secretValues: [password],
      });

      expect(result.outcome).toBe('succeeded');
      const basic = `Basic ${Buffer.from(`job:${password}`).toString(
        'base64',
      )}`;
      expect(server.requests.length).toBeGreaterThan(0);
      expect(server.requests.every(r => r.authorization === basic)).toBe(true);
      // Terraform records backend settings given as files or flags in .terraform/.
      const backendRecord = readFileSync(
        join(request.moduleDir, '.terraform', 'terraform.tfstate'),
        'utf8',
      );
      expect(backendRecord).toContain('"address"');
      expect(backendRecord).not.toContain(password);
      expect(logs.join('\n')).not.toContain(password);
    } finally {
      await server.close();
    }
  });
});
