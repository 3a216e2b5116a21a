import { InputError } from '@backstage/errors';

/** Where a page of the newest-first workspace list ended: its last row's sort key. */
export type WorkspaceCursor = { createdAt: string; id: string };

const MAX_ID_LENGTH = 36;

/** Opaque to clients: base64url of the JSON sort key. */
export function encodeWorkspaceCursor(cursor: WorkspaceCursor): string {
  return Buffer.from(
    JSON.stringify({ c: cursor.createdAt, i: cursor.id }),
    'utf8',
  ).toString('base64url');
}

/** Accepts only what encodeWorkspaceCursor produces, byte for byte. */
export function decodeWorkspaceCursor(cursor: string): WorkspaceCursor {
  const decoded = parse(cursor);
  if (!decoded || encodeWorkspaceCursor(decoded) !== cursor) {
    throw new InputError(
      'The cursor is not one this API issued; start again without a cursor',
    );
  }
  return decoded;
}

function parse(cursor: string): WorkspaceCursor | undefined {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) {
    return undefined;
  }
  const { c, i } = value as { c?: unknown; i?: unknown };
  if (typeof c !== 'string' || typeof i !== 'string') {
    return undefined;
  }
  const time = new Date(c);
  // Only the canonical ISO form compares correctly against the stored times.
  if (Number.isNaN(time.getTime()) || time.toISOString() !== c) {
    return undefined;
  }
  if (i.length === 0 || i.length > MAX_ID_LENGTH) {
    return undefined;
  }
  return { createdAt: c, id: i };
}
