import type { StateStorage } from '@oqullus/plugin-workspaces-common';
import { backendForStorage } from './backendForStorage';
import type { BuiltinStateAccess } from './BuiltinStateAccess';

const builtin: BuiltinStateAccess = {
  backendConfig: (workspaceId, component) => ({
    address: `http://backstage/api/workspaces/state/${workspaceId}/${component}`,
    username: 'job',
  }),
  mintJobCredential: async jobId => `minted-for-${jobId}`,
  revokeJobCredentials: async () => {},
  releaseLocksOfJob: async () => {},
};

function storage(
  kind: StateStorage['kind'],
  settings: Record<string, string> = {},
): StateStorage {
  return {
    name: `${kind}-storage`,
    title: kind,
    kind,
    settings,
    origin: 'config',
    validation: { status: 'unknown', messages: [] },
  };
}

function setUp(kind: StateStorage['kind'], settings?: Record<string, string>) {
  return backendForStorage({
    storage: storage(kind, settings),
    secretEnv: { STORAGE_SECRET: 'storage-secret-value' },
    workspace: { id: 'w-1', externalId: 'ws-abc' },
    component: 'orchestrator',
    jobId: 'job-1',
    credentialExpiresAt: '2026-11-28T13:00:00.000Z',
    builtin,
  });
}

describe('backendForStorage', () => {
  it('points builtin storage at the plugin with a credential minted for the job', async () => {
    const setup = await setUp('builtin');
    expect(setup.backend).toEqual({
      type: 'http',
      config: {
        address: 'http://backstage/api/workspaces/state/w-1/orchestrator',
        username: 'job',
      },
    });
    expect(setup.env.TF_HTTP_PASSWORD).toBe('minted-for-job-1');
    expect(setup.secretValues).toEqual(
      expect.arrayContaining(['minted-for-job-1', 'storage-secret-value']),
    );
    expect(JSON.stringify(setup.backend)).not.toContain('minted-for-job-1');
  });

  it.each([
    [
      's3',
      { bucket: 'tf-states', region: 'eu-west-1' },
      {
        type: 's3',
        config: {
          bucket: 'tf-states',
          region: 'eu-west-1',
          key: 'workspaces/ws-abc/orchestrator.tfstate',
          use_lockfile: true,
        },
      },
    ],
    [
      'gcs',
      { bucket: 'tf-states', prefix: 'team' },
      {
        type: 'gcs',
        config: { bucket: 'tf-states', prefix: 'team/ws-abc/orchestrator' },
      },
    ],
    [
      'azurerm',
      { storage_account_name: 'acct', container_name: 'states' },
      {
        type: 'azurerm',
        config: {
          storage_account_name: 'acct',
          container_name: 'states',
          key: 'ws-abc/orchestrator.tfstate',
        },
      },
    ],
    ['pg', {}, { type: 'pg', config: { schema_name: 'ws_abc_orchestrator' } }],
    [
      'http',
      { address: 'https://state.example.com/tf/' },
      {
        type: 'http',
        config: {
          address: 'https://state.example.com/tf/ws-abc/orchestrator',
          lock_address: 'https://state.example.com/tf/ws-abc/orchestrator',
          unlock_address: 'https://state.example.com/tf/ws-abc/orchestrator',
        },
      },
    ],
    [
      'local',
      { path: '/var/lib/states' },
      {
        type: 'local',
        config: { path: '/var/lib/states/ws-abc/orchestrator.tfstate' },
      },
    ],
  ] as const)(
    'generates a %s backend per workspace and component, secrets only in the environment',
    async (kind, settings, expected) => {
      const setup = await setUp(kind, settings);
      expect(setup.backend).toEqual(expected);
      expect(setup.env).toEqual({ STORAGE_SECRET: 'storage-secret-value' });
      expect(JSON.stringify(setup.backend)).not.toContain(
        'storage-secret-value',
      );
    },
  );

  it('says which setting a storage lacks', async () => {
    await expect(setUp('s3', { bucket: 'tf-states' })).rejects.toThrow(
      "State storage 's3-storage' (s3) has no 'region' setting; add it and check the storage",
    );
  });
});
