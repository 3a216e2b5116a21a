import { useEffect, useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import {
  stringifyEntityRef,
  type Entity,
  type UserEntity,
} from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';

/** A user or group of the catalog, as the member picker offers it. */
export type MemberCandidate = {
  ref: string;
  kind: 'User' | 'Group';
  /** The display name, the title, or the entity name, in that order. */
  displayName: string;
};

/** One catalog query per pause in typing, not per keystroke. */
const SEARCH_DELAY_MS = 250;
const MAX_CANDIDATES = 20;

export function toMemberCandidate(entity: Entity): MemberCandidate {
  const profile = (entity as UserEntity).spec?.profile;
  return {
    ref: stringifyEntityRef(entity),
    kind: entity.kind === 'Group' ? 'Group' : 'User',
    displayName:
      profile?.displayName ?? entity.metadata.title ?? entity.metadata.name,
  };
}

/** Users and groups whose name, title or display name contains what was typed. */
export function useMemberCandidates(search: string) {
  const catalogApi = useApi(catalogApiRef);
  const [term, setTerm] = useState(search);
  useEffect(() => {
    const timer = setTimeout(() => setTerm(search.trim()), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [search]);
  const found = useAsync(async () => {
    const response = await catalogApi.queryEntities({
      filter: { kind: ['User', 'Group'] },
      ...(term
        ? {
            fullTextFilter: {
              term,
              fields: [
                'metadata.name',
                'metadata.title',
                'spec.profile.displayName',
              ],
            },
          }
        : {}),
      orderFields: { field: 'metadata.name', order: 'asc' },
      limit: MAX_CANDIDATES,
    });
    return { term, candidates: response.items.map(toMemberCandidate) };
  }, [catalogApi, term]);
  // Until the catalog answered what was typed last, older answers would offer
  // people who do not match, and a click could land on one as the list changes.
  const waiting = !found.error && found.value?.term !== search.trim();
  return {
    candidates: waiting ? [] : found.value?.candidates ?? [],
    loading: waiting,
    error: found.error,
  };
}
