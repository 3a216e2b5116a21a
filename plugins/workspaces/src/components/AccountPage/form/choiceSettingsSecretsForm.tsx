import type {
  AccountResourceByKind,
  AccountResourceKind,
  SecretReference,
} from '@oqullus/plugin-workspaces-common';
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

/** The draft of a kind made of one choice, a non-secret text map and secret references. */
export type ChoiceSettingsSecretsDraft<TChoice extends string> = CommonDraft & {
  choice: TChoice;
  rows: KeyValueRow[];
  secrets: SecretReferenceRow[];
};

/** The request's own parts of such a kind, as the resource holds and the body sends them. */
type Parts<TChoice extends string> = {
  choice: TChoice;
  rows: Record<string, string>;
  secrets: SecretReference[];
};

/**
 * What sets one such kind apart: the choice's field (a provider, a backend kind), the
 * text map's field, and how the three parts sit in the resource and the request body.
 */
export type ChoiceSettingsSecretsSpec<
  TKind extends AccountResourceKind,
  TChoice extends string,
> = {
  kind: TKind;
  choice: {
    id: string;
    label: string;
    field: string;
    choices: ReadonlyArray<readonly [TChoice, string]>;
    initial: TChoice;
  };
  rows: { field: string; label: string; caption: string };
  partsOf: (resource: AccountResourceByKind[TKind]) => Parts<TChoice>;
  bodyOf: (parts: Parts<TChoice>) => Record<string, unknown>;
};

/**
 * Cloud credentials and state storages are edited the same way: one form per spec
 * instead of two copies that drift.
 */
export function choiceSettingsSecretsForm<
  TKind extends AccountResourceKind,
  TChoice extends string,
>(
  spec: ChoiceSettingsSecretsSpec<TKind, TChoice>,
): KindForm<TKind, ChoiceSettingsSecretsDraft<TChoice>> {
  function Fields(props: KindFieldsProps<ChoiceSettingsSecretsDraft<TChoice>>) {
    const { draft, onChange, issues } = props;
    return (
      <>
        <CommonFields {...props} />
        <ChoiceField
          id={spec.choice.id}
          label={spec.choice.label}
          field={spec.choice.field}
          value={draft.choice}
          choices={spec.choice.choices}
          onChange={choice => onChange({ ...draft, choice })}
          issues={issues}
        />
        <KeyValueRows
          field={spec.rows.field}
          label={spec.rows.label}
          caption={spec.rows.caption}
          rows={draft.rows}
          onChange={rows => onChange({ ...draft, rows })}
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
  return {
    kind: spec.kind,
    empty: () => ({
      ...emptyCommonDraft(),
      choice: spec.choice.initial,
      rows: [],
      secrets: [],
    }),
    fromResource: resource => {
      const parts = spec.partsOf(resource);
      return {
        ...commonDraftOf(resource),
        choice: parts.choice,
        rows: keyValueRowsOf(parts.rows),
        secrets: secretRowsOf(parts.secrets),
      };
    },
    toBody: draft => {
      const rows = recordOf(spec.rows.field, draft.rows);
      return {
        body: {
          ...commonBody(draft),
          ...spec.bodyOf({
            choice: draft.choice,
            rows: rows.record,
            secrets: secretReferencesOf(draft.secrets),
          }),
        },
        issues: rows.issues,
      };
    },
    Fields,
  };
}
