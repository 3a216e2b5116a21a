import type { AccountResourceBase } from '@oqullus/plugin-workspaces-common';

/** The fields every kind shares, as typed. */
export type CommonDraft = {
  name: string;
  title: string;
  description: string;
  owner: string;
};

export const emptyCommonDraft = (): CommonDraft => ({
  name: '',
  title: '',
  description: '',
  owner: '',
});

export function commonDraftOf(resource: AccountResourceBase): CommonDraft {
  return {
    name: resource.name,
    title: resource.title,
    description: resource.description ?? '',
    owner: resource.owner ?? '',
  };
}

/** `{ [key]: text }` when text was typed, else nothing: blank optionals are left out. */
export function optional<TKey extends string>(
  key: TKey,
  text: string,
): Partial<Record<TKey, string>> {
  const trimmed = text.trim();
  return trimmed ? ({ [key]: trimmed } as Record<TKey, string>) : {};
}

export function commonBody(draft: CommonDraft) {
  return {
    name: draft.name.trim(),
    title: draft.title.trim(),
    ...optional('description', draft.description),
    ...optional('owner', draft.owner),
  };
}
