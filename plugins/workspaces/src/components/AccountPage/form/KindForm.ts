import type { ComponentType } from 'react';
import type {
  AccountResourceByKind,
  AccountResourceKind,
} from '@oqullus/plugin-workspaces-common';
import type { FormIssue } from './formIssues';

/** Props every kind's fields component takes. */
export type KindFieldsProps<TDraft> = {
  draft: TDraft;
  onChange: (draft: TDraft) => void;
  issues: readonly FormIssue[];
  /** Editing keeps the name: a replace is a PUT to the same name. */
  editing: boolean;
};

/**
 * How one kind is edited: the draft the inputs hold (text as typed), how it
 * is built from a resource, and how it becomes a request body. `toBody`
 * reports what the schema cannot see, such as JSON that does not parse.
 */
export type KindForm<TKind extends AccountResourceKind, TDraft> = {
  kind: TKind;
  empty: () => TDraft;
  fromResource: (resource: AccountResourceByKind[TKind]) => TDraft;
  toBody: (draft: TDraft) => { body: unknown; issues: FormIssue[] };
  Fields: ComponentType<KindFieldsProps<TDraft>>;
};
