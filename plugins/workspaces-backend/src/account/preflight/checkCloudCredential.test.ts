import {
  createMockDirectory,
  mockServices,
} from '@backstage/backend-test-utils';
import { aCloudCredential } from '../__testUtils__/resources';
import { checkCloudCredential } from './checkCloudCredential';
import type { PreflightContext } from './PreflightContext';

describe('checkCloudCredential', () => {
  const mockDir = createMockDirectory();
  const CANARY = 'canary-7f3a9c-secret-value';

  function contextWith(env: NodeJS.ProcessEnv): PreflightContext {
    return {
      env,
      workingDirectory: mockDir.path,
      stackTemplateRoots: [],
      urlReader: mockServices.urlReader.mock(),
      connectTimeoutMs: 2000,
    };
  }

  beforeEach(() => {
    mockDir.setContent({ 'secrets/aws-key-id': CANARY, 'secrets/dir': {} });
  });

  it('passes when every referenced variable and file is there, and reads no file', async () => {
    const credential = aCloudCredential({
      secrets: [
        { name: 'AWS_SECRET_ACCESS_KEY', from: { env: 'PROD_AWS_SECRET' } },
        {
          name: 'AWS_ACCESS_KEY_ID',
          from: { file: mockDir.resolve('secrets/aws-key-id') },
        },
      ],
    });
    const findings = await checkCloudCredential(
      credential,
      contextWith({ PROD_AWS_SECRET: CANARY }),
    );
    expect(findings.toValidation('t')).toEqual({
      status: 'valid',
      messages: [],
      checkedAt: 't',
    });
  });

  it('names each missing or empty variable and each unusable file, never a value', async () => {
    const credential = aCloudCredential({
      secrets: [
        { name: 'AWS_SECRET_ACCESS_KEY', from: { env: 'PROD_AWS_SECRET' } },
        { name: 'AWS_SESSION_TOKEN', from: { env: 'PROD_AWS_TOKEN' } },
        {
          name: 'AWS_ACCESS_KEY_ID',
          from: { file: mockDir.resolve('secrets/missing') },
        },
        {
          name: 'AWS_CA_BUNDLE',
          from: { file: mockDir.resolve('secrets/dir') },
        },
      ],
    });
    const validation = (
      await checkCloudCredential(
        credential,
        contextWith({ PROD_AWS_TOKEN: '' }),
      )
    ).toValidation('t');
    expect(validation.status).toBe('broken');
    expect(validation.messages).toEqual([
      "Environment variable PROD_AWS_SECRET referenced by secret 'AWS_SECRET_ACCESS_KEY' is not set on the backend: set it in the backend's environment and restart it",
      "Environment variable PROD_AWS_TOKEN referenced by secret 'AWS_SESSION_TOKEN' is empty on the backend: give it the secret value and restart the backend",
      `File ${mockDir.resolve(
        'secrets/missing',
      )} referenced by secret 'AWS_ACCESS_KEY_ID' does not exist on the backend: create it, or mount the secret there`,
      `File ${mockDir.resolve(
        'secrets/dir',
      )} referenced by secret 'AWS_CA_BUNDLE' is not a regular file: reference the file that holds the secret`,
    ]);
  });

  it('warns about an AWS credential without secrets, which may rely on an instance role', async () => {
    const validation = (
      await checkCloudCredential(aCloudCredential(), contextWith({}))
    ).toValidation('t');
    expect(validation).toEqual({
      status: 'warning',
      messages: [
        'No secrets are referenced, so Terraform signs in with whatever AWS credentials the backend host provides, such as an instance role; reference AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY if it has none',
      ],
      checkedAt: 't',
    });
  });

  it('passes other providers without secrets', async () => {
    const credential = aCloudCredential({
      provider: 'gcp',
      identity: { project: 'acme' },
    });
    expect(
      (await checkCloudCredential(credential, contextWith({}))).toValidation(
        't',
      ).status,
    ).toBe('valid');
  });
});
