import { cloudCredentialRequestSchema } from './cloudCredentialRequest';
import { credential, errorOf } from './accountResources.testUtils';

describe('cloudCredentialRequestSchema', () => {
  it('accepts identity and references, with defaults', () => {
    expect(cloudCredentialRequestSchema.parse(credential)).toEqual(credential);
    expect(
      cloudCredentialRequestSchema.parse({
        name: 'gcp',
        title: 'GCP',
        provider: 'gcp',
      }),
    ).toEqual({
      name: 'gcp',
      title: 'GCP',
      provider: 'gcp',
      identity: {},
      secrets: [],
    });
  });

  it.each([
    [
      { provider: 'oracle' },
      'provider: Provider must be one of aws, gcp, azure, env',
    ],
    [
      { identity: { 'bad key': 'x' } },
      'identity.bad key: Keys must be up to 64 characters matching ^[A-Za-z][A-Za-z0-9_.-]{0,63}$',
    ],
    [{ identity: { region: 5 } }, 'identity.region: Must be text'],
    [
      { region: 'eu' },
      'Unknown field "region"; the allowed fields are name, title, description, owner, provider, identity, secrets',
    ],
  ])('refuses %j', (change, message) => {
    expect(
      errorOf(cloudCredentialRequestSchema, { ...credential, ...change }),
    ).toBe(message);
  });
});
