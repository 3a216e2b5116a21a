import type { AccountResourceKind } from '@oqullus/plugin-workspaces-common';

/** A valid register request body of each kind, named `name`. */
export function requestBodyOf(
  kind: AccountResourceKind,
  name: string,
): Record<string, unknown> {
  const common = { name, title: `Title of ${name}` };
  switch (kind) {
    case 'stack-templates':
      return {
        ...common,
        source: {
          type: 'url',
          url: 'https://github.com/acme/stacks/tree/main/dp',
        },
        version: '1.0.0',
      };
    case 'cloud-credentials':
      return {
        ...common,
        provider: 'aws',
        identity: { accountId: '123456789012' },
        secrets: [
          { name: 'AWS_SECRET_ACCESS_KEY', from: { env: 'PROD_AWS_SECRET' } },
        ],
      };
    case 'state-storages':
      return {
        ...common,
        kind: 's3',
        settings: { bucket: 'tf', region: 'eu-west-1' },
      };
    default:
      return {
        ...common,
        provider: 'aws',
        networkId: 'vpc-1',
        cidr: '10.0.0.0/16',
      };
  }
}
