import type {
  AccountResourceByKind,
  AccountResourceKind,
  AccountResourceValidation,
  ParsedAccountResourceRequest,
} from '@oqullus/plugin-workspaces-common';
import type { StoredAccountResource } from '../database/AccountResourceStore';

/** The validation of a resource that was never checked. */
export const UNCHECKED: AccountResourceValidation = {
  status: 'unknown',
  messages: [],
};

/**
 * A validated request as a row: the common fields in columns, the kind's
 * own fields in `spec` (which holds secret references only, never values).
 */
export function toStoredResource<K extends AccountResourceKind>(
  kind: K,
  request: ParsedAccountResourceRequest<K>,
  audit: Pick<StoredAccountResource, 'createdBy' | 'createdAt' | 'updatedAt'>,
): StoredAccountResource {
  const { name, title, description, owner, ...spec } = request;
  return withoutUndefined({
    kind,
    name,
    title,
    description,
    owner,
    spec,
    ...audit,
  });
}

/** A stored resource as the wire type, with its check result. */
export function fromStoredResource<K extends AccountResourceKind>(
  stored: StoredAccountResource,
  validation: AccountResourceValidation | undefined,
): AccountResourceByKind[K] {
  return withoutUndefined({
    ...stored.spec,
    name: stored.name,
    title: stored.title,
    description: stored.description,
    owner: stored.owner,
    origin: 'database',
    validation: validation ?? UNCHECKED,
    createdAt: stored.createdAt,
    updatedAt: stored.updatedAt,
  }) as unknown as AccountResourceByKind[K];
}

function withoutUndefined<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(
    Object.entries(value).filter(([, field]) => field !== undefined),
  ) as T;
}
