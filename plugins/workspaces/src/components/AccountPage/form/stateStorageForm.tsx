import type { StateStorageKind } from '@oqullus/plugin-workspaces-common';
import {
  commonBody,
  commonDraftOf,
  emptyCommonDraft,
  type CommonDraft,
} from './commonDraft';
import { ChoiceField } from './ChoiceField';
import { CommonFields } from './CommonFields';
import type { KindFieldsProps, KindForm } from './KindForm';
import { KeyValueRows } from './KeyValueRows';
import { keyValueRowsOf, recordOf, type KeyValueRow } from './keyValueDraft';
import { SecretReferenceRows } from './SecretReferenceRows';
import {
  secretReferencesOf,
  secretRowsOf,
  type SecretReferenceRow,
} from './secretReferenceDraft';

type StateStorageDraft = CommonDraft & {
  storageKind: StateStorageKind;
  settings: KeyValueRow[];
  secrets: SecretReferenceRow[];
};

const storageKinds: Array<[StateStorageKind, string]> = [
  ['builtin', 'Built-in (this portal’s database)'],
  ['pg', 'PostgreSQL (pg)'],
  ['s3', 'Amazon S3 (s3)'],
  ['gcs', 'Google Cloud Storage (gcs)'],
  ['azurerm', 'Azure Blob Storage (azurerm)'],
  ['http', 'HTTP (http)'],
  ['local', 'Local file (local)'],
];

function StateStorageFields(props: KindFieldsProps<StateStorageDraft>) {
  const { draft, onChange, issues } = props;
  return (
    <>
      <CommonFields {...props} />
      <ChoiceField
        id="account-resource-kind"
        label="Backend kind"
        field="kind"
        value={draft.storageKind}
        choices={storageKinds}
        onChange={storageKind => onChange({ ...draft, storageKind })}
        issues={issues}
      />
      <KeyValueRows
        field="settings"
        label="Setting"
        caption="Non-secret backend settings such as bucket, region or key prefix."
        rows={draft.settings}
        onChange={settings => onChange({ ...draft, settings })}
        issues={issues}
      />
      <SecretReferenceRows
        rows={draft.secrets}
        onChange={secrets => onChange({ ...draft, secrets })}
        issues={issues}
      />
    </>
  );
}

/** How a state storage is registered and edited. */
export const stateStorageForm: KindForm<'state-storages', StateStorageDraft> = {
  kind: 'state-storages',
  empty: () => ({
    ...emptyCommonDraft(),
    storageKind: 's3',
    settings: [],
    secrets: [],
  }),
  fromResource: storage => ({
    ...commonDraftOf(storage),
    storageKind: storage.kind,
    settings: keyValueRowsOf(storage.settings),
    secrets: secretRowsOf(storage.secrets),
  }),
  toBody: draft => {
    const settings = recordOf('settings', draft.settings);
    return {
      body: {
        ...commonBody(draft),
        kind: draft.storageKind,
        settings: settings.record,
        ...(draft.secrets.length > 0
          ? { secrets: secretReferencesOf(draft.secrets) }
          : {}),
      },
      issues: settings.issues,
    };
  },
  Fields: StateStorageFields,
};
