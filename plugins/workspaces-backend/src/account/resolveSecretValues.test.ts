import { createMockDirectory } from '@backstage/backend-test-utils';
import { resolveSecretValues } from './resolveSecretValues';

describe('resolveSecretValues', () => {
  const mockDir = createMockDirectory();

  beforeEach(() => {
    mockDir.setContent({
      'key-id': 'AKIA-canary-id\n',
      'shared.pem': 'canary-shared\r\n',
      empty: '',
    });
  });

  it('reads env vars and files into the job environment, and lists the values for the redactor', async () => {
    const resolved = await resolveSecretValues(
      {
        name: 'aws-prod',
        secrets: [
          { name: 'AWS_SECRET_ACCESS_KEY', from: { env: 'PROD_AWS_SECRET' } },
          {
            name: 'AWS_ACCESS_KEY_ID',
            from: { file: mockDir.resolve('key-id') },
          },
          { name: 'CA_ONE', from: { file: mockDir.resolve('shared.pem') } },
          { name: 'CA_TWO', from: { file: mockDir.resolve('shared.pem') } },
        ],
      },
      { env: { PROD_AWS_SECRET: 'canary-secret', OTHER: 'not-asked-for' } },
    );
    expect(resolved).toEqual({
      env: {
        AWS_SECRET_ACCESS_KEY: 'canary-secret',
        AWS_ACCESS_KEY_ID: 'AKIA-canary-id',
        CA_ONE: 'canary-shared',
        CA_TWO: 'canary-shared',
      },
      values: ['canary-secret', 'AKIA-canary-id', 'canary-shared'],
    });
  });

  it('reads the backend environment by default, and nothing without references', async () => {
    process.env.OQ_TEST_RESOLVE_SECRET = 'canary-from-process';
    try {
      await expect(
        resolveSecretValues({
          name: 'gcp',
          secrets: [
            {
              name: 'GOOGLE_CREDENTIALS',
              from: { env: 'OQ_TEST_RESOLVE_SECRET' },
            },
          ],
        }),
      ).resolves.toEqual({
        env: { GOOGLE_CREDENTIALS: 'canary-from-process' },
        values: ['canary-from-process'],
      });
    } finally {
      delete process.env.OQ_TEST_RESOLVE_SECRET;
    }
    await expect(resolveSecretValues({ name: 'builtin' })).resolves.toEqual({
      env: {},
      values: [],
    });
  });

  it.each([
    [
      { env: 'MISSING' },
      "Environment variable MISSING, referenced by secret 'TOKEN' of 'aws-prod', is not set or empty on the backend: set it and restart the backend",
    ],
    [
      { env: 'EMPTY' },
      "Environment variable EMPTY, referenced by secret 'TOKEN' of 'aws-prod', is not set or empty on the backend: set it and restart the backend",
    ],
    [
      { file: '/nonexistent/oq-secret' },
      "File /nonexistent/oq-secret, referenced by secret 'TOKEN' of 'aws-prod', cannot be read on the backend (ENOENT): create it or let the backend user read it",
    ],
  ])('names the missing reference %j', async (from, message) => {
    const credential = { name: 'aws-prod', secrets: [{ name: 'TOKEN', from }] };
    await expect(
      resolveSecretValues(credential, { env: { EMPTY: '' } }),
    ).rejects.toMatchObject({
      name: 'NotFoundError',
      message,
    });
  });

  it('refuses an empty file', async () => {
    const file = mockDir.resolve('empty');
    await expect(
      resolveSecretValues({
        name: 'aws-prod',
        secrets: [{ name: 'TOKEN', from: { file } }],
      }),
    ).rejects.toThrow(
      `File ${file}, referenced by secret 'TOKEN' of 'aws-prod', is empty`,
    );
  });

  it('never puts a value in an error', async () => {
    const credential = {
      name: 'aws-prod',
      secrets: [
        { name: 'FIRST', from: { env: 'PRESENT' } },
        { name: 'SECOND', from: { env: 'ABSENT' } },
      ],
    };
    const error = await resolveSecretValues(credential, {
      env: { PRESENT: 'canary-present' },
    }).catch(e => e);
    expect(String(error.message)).not.toContain('canary-present');
    expect(JSON.stringify(error)).not.toContain('canary-present');
  });
});
