import type { CloudCredential } from '@oqullus/plugin-workspaces-common';

// The variables each provider's Terraform plugin reads for the non-secret identity.
const identityVariables: Record<
  CloudCredential['provider'],
  Record<string, string[]>
> = {
  aws: {
    region: ['AWS_REGION', 'AWS_DEFAULT_REGION'],
    profile: ['AWS_PROFILE'],
    roleArn: ['TF_VAR_aws_role_arn'],
    accountId: ['TF_VAR_aws_account_id'],
  },
  gcp: {
    project: ['GOOGLE_PROJECT', 'GOOGLE_CLOUD_PROJECT'],
    region: ['GOOGLE_REGION'],
  },
  azure: {
    subscriptionId: ['ARM_SUBSCRIPTION_ID'],
    tenantId: ['ARM_TENANT_ID'],
    clientId: ['ARM_CLIENT_ID'],
  },
  env: {},
};

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * The environment a credential gives Terraform: its identity mapped to the variables
 * its provider expects, then its secrets, each under the name its reference gives
 * (e.g. AWS_SECRET_ACCESS_KEY). A generic `env` credential passes identity keys that are
 * valid variable names as they are.
 */
export function credentialEnvironment(
  credential: Pick<CloudCredential, 'provider' | 'identity'>,
  secretEnv: Record<string, string>,
): Record<string, string> {
  const env: Record<string, string> = {};
  const mapping = identityVariables[credential.provider];
  for (const [key, value] of Object.entries(credential.identity)) {
    const names =
      mapping[key] ??
      (credential.provider === 'env' && ENV_NAME.test(key) ? [key] : []);
    for (const name of names) env[name] = value;
  }
  return { ...env, ...secretEnv };
}
