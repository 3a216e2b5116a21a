import { InputError } from '@backstage/errors';
import {
  workspaceListSorts,
  type SortOrder,
  type WorkspaceListSort,
} from '@oqullus/plugin-workspaces-common';

/** Where a page of a sorted workspace list ended: its last row's sort value and id. */
export type WorkspaceSortCursor = {
  sort: WorkspaceListSort;
  order: SortOrder;
  value: string;
  id: string;
};

const MAX_ID_LENGTH = 36;
const MAX_VALUE_LENGTH = 255;

/** Opaque to clients: base64url of the JSON sort key, with the order it belongs to. */
export function encodeWorkspaceSortCursor(cursor: WorkspaceSortCursor): string {
  return Buffer.from(
    JSON.stringify({
      s: cursor.sort,
      o: cursor.order,
      v: cursor.value,
      i: cursor.id,
    }),
    'utf8',
  ).toString('base64url');
}

/**
 * Accepts only what encodeWorkspaceSortCursor produced for this same order, byte for
 * byte: a cursor of another order would skip or repeat rows.
 */
export function decodeWorkspaceSortCursor(
  cursor: string,
  sort: WorkspaceListSort,
  order: SortOrder,
): WorkspaceSortCursor {
  const decoded = parse(cursor);
  if (!decoded || encodeWorkspaceSortCursor(decoded) !== cursor) {
    throw new InputError(
      'The cursor is not one this API issued; start again without a cursor',
    );
  }
  if (decoded.sort !== sort || decoded.order !== order) {
    throw new InputError(
      `The cursor belongs to the list sorted by ${decoded.sort} ${decoded.order}, not ${sort} ${order}; start again without a cursor`,
    );
  }
  return decoded;
}

function parse(cursor: string): WorkspaceSortCursor | undefined {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { s, o, v, i } = value as Record<string, unknown>;
  if (
    typeof s !== 'string' ||
    !(workspaceListSorts as readonly string[]).includes(s) ||
    (o !== 'asc' && o !== 'desc') ||
    typeof v !== 'string' ||
    v.length > MAX_VALUE_LENGTH ||
    typeof i !== 'string' ||
    i.length === 0 ||
    i.length > MAX_ID_LENGTH
  ) {
    return undefined;
  }
  if (s === 'lastActivity' || s === 'created') {
    const time = new Date(v);
    // Only the canonical ISO form compares correctly against the stored times.
    if (Number.isNaN(time.getTime()) || time.toISOString() !== v) {
      return undefined;
    }
  }
  return { sort: s as WorkspaceListSort, order: o, value: v, id: i };
}
