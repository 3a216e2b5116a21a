import { cloudCredentialRequestSchema } from './cloudCredentialRequest';
import { credential, errorOf, storage } from './accountResources.testUtils';
import { stateStorageRequestSchema } from './stateStorageRequest';

// Secret references and secret-looking keys, checked through the two kinds
// that hold them.

const REFERENCE_ONLY =
  "hold only references to secrets: put the value in an environment variable or a file and reference it as { from: { env: 'NAME' } } or { from: { file: '/path' } }";
const SECRET = 'wJalrXUtnFEMI-K7MDENG-canary';

describe('cloudCredentialRequestSchema', () => {
  it.each([
    [
      { secrets: [{ name: 'lower-case', from: { env: 'X' } }] },
      'secrets[0].name: Must be the environment variable name Terraform reads, such as AWS_SECRET_ACCESS_KEY: letters, digits and underscores, not starting with a digit',
    ],
    [
      { secrets: [{ name: 'PATH', from: { env: 'X' } }] },
      'secrets[0].name: The job runner sets this variable itself; name the variable your provider or backend reads',
    ],
    [
      { secrets: [{ name: 'TF_CLI_ARGS_plan', from: { env: 'X' } }] },
      'secrets[0].name: The job runner sets this variable itself; name the variable your provider or backend reads',
    ],
    [
      { secrets: [{ name: 'A', from: { env: '1X' } }] },
      'secrets[0].from.env: Must be an environment variable name: letters, digits and underscores, not starting with a digit',
    ],
    [
      { secrets: [{ name: 'A', from: { file: 'relative/key' } }] },
      'secrets[0].from.file: Must be an absolute file path',
    ],
    [
      { secrets: [{ name: 'A', from: {} }] },
      "secrets[0].from: Give exactly one of env or file: { env: 'NAME' } or { file: '/path' }",
    ],
    [
      { secrets: [{ name: 'A', from: { env: 'X', file: '/x' } }] },
      "secrets[0].from: Give exactly one of env or file: { env: 'NAME' } or { file: '/path' }",
    ],
    [
      {
        secrets: [
          { name: 'A', from: { env: 'X' } },
          { name: 'A', from: { env: 'Y' } },
        ],
      },
      'secrets[1]: "A" is given twice; each secret name must be unique',
    ],
  ])('refuses %j', (change, message) => {
    expect(
      errorOf(cloudCredentialRequestSchema, { ...credential, ...change }),
    ).toBe(message);
  });

  it.each([
    [
      'a value on the reference',
      { secrets: [{ name: 'A', value: SECRET }] },
      'secrets[0]: Unknown field "value": Cloud credentials',
    ],
    [
      'a value as the source',
      { secrets: [{ name: 'A', from: { value: SECRET } }] },
      'secrets[0].from: Unknown field "value": Cloud credentials',
    ],
    [
      'a string as the source',
      { secrets: [{ name: 'A', from: SECRET }] },
      "secrets[0].from: Must be { env: 'NAME' } or { file: '/path' }. Cloud credentials",
    ],
    [
      'secrets as a map',
      { secrets: { AWS_SECRET_ACCESS_KEY: SECRET } },
      'secrets: Must be a list of references. Cloud credentials',
    ],
    [
      'a secret identity key',
      { identity: { secretAccessKey: SECRET } },
      'identity.secretAccessKey: "secretAccessKey" looks like a secret. Cloud credentials',
    ],
    [
      'a password identity key',
      { identity: { Password: SECRET } },
      'identity.Password: "Password" looks like a secret. Cloud credentials',
    ],
    [
      'a private key',
      { identity: { private_key: SECRET } },
      'identity.private_key: "private_key" looks like a secret. Cloud credentials',
    ],
    [
      'a token beside the fields',
      { token: SECRET },
      'Unknown field "token": Cloud credentials',
    ],
    [
      'a value beside the fields',
      { value: SECRET },
      'Unknown field "value": Cloud credentials',
    ],
    [
      'a secret as a name',
      { secrets: [{ name: SECRET, from: { env: 'X' } }] },
      'secrets[0].name: Must be the environment variable name',
    ],
    [
      'a secret as a file',
      { secrets: [{ name: 'A', from: { file: SECRET } }] },
      'secrets[0].from.file: Must be an absolute file path',
    ],
  ])('refuses %s, without repeating the value', (_, change, start) => {
    const message = errorOf(cloudCredentialRequestSchema, {
      ...credential,
      ...change,
    });
    expect(message).toContain(start);
    expect(message).not.toContain(SECRET);
    // Where the start names the rule, the whole advice follows it.
    expect(message.includes(`Cloud credentials ${REFERENCE_ONLY}`)).toBe(
      start.endsWith('Cloud credentials'),
    );
  });
});

describe('stateStorageRequestSchema', () => {
  it.each([
    [{ secrets: [{ name: 'PG_CONN_STR' }] }, 'secrets[0].from: Required'],
  ])('refuses %j', (change, message) => {
    expect(errorOf(stateStorageRequestSchema, { ...storage, ...change })).toBe(
      message,
    );
  });

  it.each([
    'conn_str',
    'password',
    'secret_key',
    'access_key',
    'sas_token',
    'credentials',
    'encryption_key',
  ])('refuses the %s setting, which holds a secret', key => {
    const message = errorOf(stateStorageRequestSchema, {
      ...storage,
      settings: { [key]: SECRET },
    });
    expect(message).toBe(
      `settings.${key}: "${key}" looks like a secret. State storages ${REFERENCE_ONLY}`,
    );
  });
});
