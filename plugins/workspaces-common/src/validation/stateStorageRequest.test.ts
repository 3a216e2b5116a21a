import { errorOf, storage } from './accountResources.testUtils';
import { stateStorageRequestSchema } from './stateStorageRequest';

describe('stateStorageRequestSchema', () => {
  it('accepts each kind with its settings and references', () => {
    expect(stateStorageRequestSchema.parse(storage)).toEqual({
      ...storage,
      settings: {},
    });
    const pg = {
      name: 'shared-pg',
      title: 'Shared PostgreSQL',
      kind: 'pg',
      settings: { schema_name: 'workspaces' },
      secrets: [{ name: 'PG_CONN_STR', from: { env: 'TF_STATE_PG' } }],
    };
    expect(stateStorageRequestSchema.parse(pg)).toEqual(pg);
  });

  it.each([
    [
      { kind: 'consul' },
      'kind: Kind must be one of builtin, pg, s3, gcs, azurerm, http, local',
    ],
    [
      { settings: { Bucket: 'x' } },
      'settings.Bucket: Keys must be up to 64 characters matching ^[a-z][a-z0-9_]{0,63}$',
    ],
    [{ settings: { bucket: '' } }, 'settings.bucket: Value is required'],
  ])('refuses %j', (change, message) => {
    expect(errorOf(stateStorageRequestSchema, { ...storage, ...change })).toBe(
      message,
    );
  });
});
