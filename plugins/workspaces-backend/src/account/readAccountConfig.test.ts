import { ConfigReader } from '@backstage/config';
import { readAccountConfig } from './readAccountConfig';

const unchecked = { status: 'unknown', messages: [] };

function read(account: unknown) {
  return readAccountConfig(
    new ConfigReader({ workspaces: { account } } as any),
  );
}

describe('readAccountConfig', () => {
  it('reads nothing when no account is configured', () => {
    const empty = {
      'stack-templates': [],
      'cloud-credentials': [],
      'state-storages': [],
      networks: [],
    };
    expect(readAccountConfig(new ConfigReader({}))).toEqual(empty);
    expect(read({})).toEqual(empty);
  });

  it('reads every kind, validated, with defaults and origin config', () => {
    const resources = read({
      stackTemplates: [
        {
          name: 'data-platform',
          title: 'Data platform',
          owner: 'group:platform',
          source: {
            type: 'directory',
            path: 'examples/stack-templates/data-platform',
          },
          apps: [{ name: 'airflow', path: 'apps/airflow' }],
        },
      ],
      cloudCredentials: [
        {
          name: 'aws-dev',
          title: 'AWS dev',
          provider: 'aws',
          identity: { accountId: '123456789012' },
          secrets: [
            { name: 'AWS_SECRET_ACCESS_KEY', from: { env: 'DEV_AWS_SECRET' } },
          ],
        },
      ],
      stateStorages: [{ name: 'builtin', title: 'Built-in', kind: 'builtin' }],
      networks: [
        { name: 'lab', title: 'Lab', provider: 'other', networkId: 'lab-net' },
      ],
    });
    expect(resources).toEqual({
      'stack-templates': [
        {
          name: 'data-platform',
          title: 'Data platform',
          owner: 'group:default/platform',
          source: {
            type: 'directory',
            path: 'examples/stack-templates/data-platform',
          },
          infrastructure: { path: '.' },
          inputs: { type: 'object', properties: {} },
          apps: [{ name: 'airflow', path: 'apps/airflow' }],
          requiresApproval: false,
          origin: 'config',
          validation: unchecked,
        },
      ],
      'cloud-credentials': [
        {
          name: 'aws-dev',
          title: 'AWS dev',
          provider: 'aws',
          identity: { accountId: '123456789012' },
          secrets: [
            { name: 'AWS_SECRET_ACCESS_KEY', from: { env: 'DEV_AWS_SECRET' } },
          ],
          origin: 'config',
          validation: unchecked,
        },
      ],
      'state-storages': [
        {
          name: 'builtin',
          title: 'Built-in',
          kind: 'builtin',
          settings: {},
          origin: 'config',
          validation: unchecked,
        },
      ],
      networks: [
        {
          name: 'lab',
          title: 'Lab',
          provider: 'other',
          networkId: 'lab-net',
          origin: 'config',
          validation: unchecked,
        },
      ],
    });
  });

  it('names the config path of an invalid secret reference', () => {
    expect(() =>
      read({
        cloudCredentials: [
          { name: 'ok', title: 'OK', provider: 'gcp' },
          {
            name: 'aws-dev',
            title: 'AWS dev',
            provider: 'aws',
            secrets: [
              {
                name: 'AWS_SECRET_ACCESS_KEY',
                from: { value: 'canary-inline' },
              },
            ],
          },
        ],
      }),
    ).toThrow(
      "Invalid account resources in app-config:\n- workspaces.account.cloudCredentials[1].secrets[0].from: Unknown field \"value\": Cloud credentials hold only references to secrets: put the value in an environment variable or a file and reference it as { from: { env: 'NAME' } } or { from: { file: '/path' } }",
    );
  });

  it('lists every problem of every kind at once, with exact paths', () => {
    const error = (() => {
      try {
        read({
          stackTemplates: [
            {
              name: 'dp',
              title: 'DP',
              source: { type: 'directory', path: 'x' },
              infrastructure: { path: '../up' },
            },
          ],
          stateStorages: [
            {
              name: 'pg',
              title: 'PG',
              kind: 'pg',
              settings: { conn_str: 'canary-conn' },
            },
            { name: 'pg', title: 'Again', kind: 'builtin' },
            { name: 'pg', title: 'Again', kind: 'builtin' },
          ],
          networks: [
            {
              name: 'Lab',
              title: 'Lab',
              provider: 'other',
              networkId: 'n',
              cidr: '10.0.0.0/99',
            },
          ],
          stackTemplate: [],
        });
      } catch (thrown) {
        return thrown as Error;
      }
      throw new Error('expected the config to be refused');
    })();
    expect(error.name).toBe('InputError');
    const { message } = error;
    expect(message.split('\n- ')).toEqual([
      'Invalid account resources in app-config:',
      'workspaces.account.stackTemplate is not a known key; the keys are stackTemplates, cloudCredentials, stateStorages, networks',
      'workspaces.account.stackTemplates[0].infrastructure.path: Path must be relative to the template source and must not contain ".."',
      "workspaces.account.stateStorages[0].settings.conn_str: \"conn_str\" looks like a secret. State storages hold only references to secrets: put the value in an environment variable or a file and reference it as { from: { env: 'NAME' } } or { from: { file: '/path' } }",
      "workspaces.account.stateStorages[2].name: 'pg' is already declared at workspaces.account.stateStorages[1]; names must be unique per kind",
      'workspaces.account.networks[0].name: Name must be lowercase letters, digits and hyphens, starting and ending with a letter or digit (got "Lab")',
      'workspaces.account.networks[0].cidr: Must be an IPv4 CIDR block such as 10.0.0.0/16',
    ]);
    expect(message).not.toContain('canary-conn');
  });

  it('refuses a kind that is not a list', () => {
    expect(() => read({ networks: { name: 'lab' } })).toThrow(
      'Invalid account resources in app-config:\n- workspaces.account.networks: Must be a list',
    );
  });
});
