import type { CloudProvider } from '@oqullus/plugin-workspaces-common';
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

type CloudCredentialDraft = CommonDraft & {
  provider: CloudProvider;
  identity: KeyValueRow[];
  secrets: SecretReferenceRow[];
};

const providers: Array<[CloudProvider, string]> = [
  ['aws', 'AWS'],
  ['gcp', 'Google Cloud'],
  ['azure', 'Azure'],
  ['env', 'Environment variables (any provider)'],
];

function CloudCredentialFields(props: KindFieldsProps<CloudCredentialDraft>) {
  const { draft, onChange, issues } = props;
  return (
    <>
      <CommonFields {...props} />
      <ChoiceField
        id="account-resource-provider"
        label="Provider"
        field="provider"
        value={draft.provider}
        choices={providers}
        onChange={provider => onChange({ ...draft, provider })}
        issues={issues}
      />
      <KeyValueRows
        field="identity"
        label="Identity"
        caption="Non-secret identity such as account id, role ARN or project."
        rows={draft.identity}
        onChange={identity => onChange({ ...draft, identity })}
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

/** How a cloud credential is registered and edited. */
export const cloudCredentialForm: KindForm<
  'cloud-credentials',
  CloudCredentialDraft
> = {
  kind: 'cloud-credentials',
  empty: () => ({
    ...emptyCommonDraft(),
    provider: 'aws',
    identity: [],
    secrets: [],
  }),
  fromResource: credential => ({
    ...commonDraftOf(credential),
    provider: credential.provider,
    identity: keyValueRowsOf(credential.identity),
    secrets: secretRowsOf(credential.secrets),
  }),
  toBody: draft => {
    const identity = recordOf('identity', draft.identity);
    return {
      body: {
        ...commonBody(draft),
        provider: draft.provider,
        identity: identity.record,
        secrets: secretReferencesOf(draft.secrets),
      },
      issues: identity.issues,
    };
  },
  Fields: CloudCredentialFields,
};
