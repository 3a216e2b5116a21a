import type { StateStorageKind } from '@oqullus/plugin-workspaces-common';
import { choiceSettingsSecretsForm } from './choiceSettingsSecretsForm';

/** How a state storage is registered and edited. */
export const stateStorageForm = choiceSettingsSecretsForm<
  'state-storages',
  StateStorageKind
>({
  kind: 'state-storages',
  choice: {
    id: 'account-resource-kind',
    label: 'Backend kind',
    field: 'kind',
    choices: [
      ['builtin', 'Built-in (this portal’s database)'],
      ['pg', 'PostgreSQL (pg)'],
      ['s3', 'Amazon S3 (s3)'],
      ['gcs', 'Google Cloud Storage (gcs)'],
      ['azurerm', 'Azure Blob Storage (azurerm)'],
      ['http', 'HTTP (http)'],
      ['local', 'Local file (local)'],
    ],
    initial: 's3',
  },
  rows: {
    field: 'settings',
    label: 'Setting',
    caption:
      'Non-secret backend settings such as bucket, region or key prefix.',
  },
  partsOf: storage => ({
    choice: storage.kind,
    rows: storage.settings,
    secrets: storage.secrets ?? [],
  }),
  // A storage without secrets leaves the field out (the built-in one has none).
  bodyOf: ({ choice, rows, secrets }) => ({
    kind: choice,
    settings: rows,
    ...(secrets.length > 0 ? { secrets } : {}),
  }),
});
