import type { CloudProvider } from '@oqullus/plugin-workspaces-common';
import { choiceSettingsSecretsForm } from './choiceSettingsSecretsForm';

/** How a cloud credential is registered and edited. */
export const cloudCredentialForm = choiceSettingsSecretsForm<
  'cloud-credentials',
  CloudProvider
>({
  kind: 'cloud-credentials',
  choice: {
    id: 'account-resource-provider',
    label: 'Provider',
    field: 'provider',
    choices: [
      ['aws', 'AWS'],
      ['gcp', 'Google Cloud'],
      ['azure', 'Azure'],
      ['env', 'Environment variables (any provider)'],
    ],
    initial: 'aws',
  },
  rows: {
    field: 'identity',
    label: 'Identity',
    caption: 'Non-secret identity such as account id, role ARN or project.',
  },
  partsOf: credential => ({
    choice: credential.provider,
    rows: credential.identity,
    secrets: credential.secrets,
  }),
  bodyOf: ({ choice, rows, secrets }) => ({
    provider: choice,
    identity: rows,
    secrets,
  }),
});
