import { credentialEnvironment } from './credentialEnvironment';

describe('credentialEnvironment', () => {
  it('maps an aws identity to the variables the aws provider reads, then adds the secrets', () => {
    expect(
      credentialEnvironment(
        {
          provider: 'aws',
          identity: { region: 'eu-west-1', accountId: '123' },
        },
        { AWS_SECRET_ACCESS_KEY: 'secret', AWS_ACCESS_KEY_ID: 'AKIA' },
      ),
    ).toEqual({
      AWS_REGION: 'eu-west-1',
      AWS_DEFAULT_REGION: 'eu-west-1',
      TF_VAR_aws_account_id: '123',
      AWS_SECRET_ACCESS_KEY: 'secret',
      AWS_ACCESS_KEY_ID: 'AKIA',
    });
  });

  it('maps gcp and azure identities', () => {
    expect(
      credentialEnvironment(
        { provider: 'gcp', identity: { project: 'p-1' } },
        {},
      ),
    ).toEqual({ GOOGLE_PROJECT: 'p-1', GOOGLE_CLOUD_PROJECT: 'p-1' });
    expect(
      credentialEnvironment(
        {
          provider: 'azure',
          identity: { subscriptionId: 's', tenantId: 't', clientId: 'c' },
        },
        { ARM_CLIENT_SECRET: 'x' },
      ),
    ).toEqual({
      ARM_SUBSCRIPTION_ID: 's',
      ARM_TENANT_ID: 't',
      ARM_CLIENT_ID: 'c',
      ARM_CLIENT_SECRET: 'x',
    });
  });

  it('passes a generic credential through as it is, and drops keys that are no variable names', () => {
    expect(
      credentialEnvironment(
        {
          provider: 'env',
          identity: { DATA_PLATFORM: 'sandbox', 'not a name': 'x' },
        },
        { SANDBOX_API_KEY: 'k' },
      ),
    ).toEqual({ DATA_PLATFORM: 'sandbox', SANDBOX_API_KEY: 'k' });
  });
});
