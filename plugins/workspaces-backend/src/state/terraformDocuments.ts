import { createHash } from 'node:crypto';
import { InputError } from '@backstage/errors';

/** A state document as Terraform sent it, with what its version records about it. */
export type ReceivedState = {
  /** The document exactly as sent: GET hands back these very bytes. */
  text: string;
  serial: number;
  lineage: string;
  size: number;
  /** SHA-256, hex. */
  checksum: string;
};

/** Terraform's LockInfo as sent with LOCK and UNLOCK: kept verbatim for the 423 reply. */
export type ReceivedLockInfo = { id: string; text: string };

const MAX_ID_LENGTH = 255;
/** The `serial` column is a 32-bit integer on both engines. */
const MAX_SERIAL = 2_147_483_647;
const utf8 = new TextDecoder('utf-8', { fatal: true });

export function sha256Hex(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function md5Base64(bytes: Buffer): string {
  return createHash('md5').update(bytes).digest('base64');
}

/**
 * Reads a state document POSTed by Terraform. `contentMd5` is the Content-MD5 header
 * Terraform sends with every body: a mismatch means the body was cut or altered.
 */
export function readStateDocument(
  body: Buffer,
  contentMd5: string | undefined,
): ReceivedState {
  if (contentMd5 !== undefined && contentMd5 !== md5Base64(body)) {
    throw new InputError(
      'The state body does not match its Content-MD5 header, so it was altered on the way; run the Terraform command again',
    );
  }
  const document = parseJsonObject(body, 'state');
  const { serial, lineage } = document;
  if (
    typeof serial !== 'number' ||
    !Number.isInteger(serial) ||
    serial < 0 ||
    serial > MAX_SERIAL
  ) {
    throw new InputError(
      `The state has no valid "serial" (an integer from 0 to ${MAX_SERIAL}); send a Terraform state file (version 4)`,
    );
  }
  if (
    typeof lineage !== 'string' ||
    lineage.length === 0 ||
    lineage.length > MAX_ID_LENGTH
  ) {
    throw new InputError(
      'The state has no valid "lineage" (a non-empty string); send a Terraform state file (version 4)',
    );
  }
  return {
    text: utf8.decode(body),
    serial,
    lineage,
    size: body.length,
    checksum: sha256Hex(body),
  };
}

/** Reads the LockInfo Terraform sends with LOCK and with a holder's UNLOCK. */
export function readLockInfo(body: Buffer): ReceivedLockInfo {
  const info = parseJsonObject(body, 'lock information');
  const id = info.ID;
  if (typeof id !== 'string' || id.length === 0 || id.length > MAX_ID_LENGTH) {
    throw new InputError(
      'The lock information has no valid "ID"; send Terraform\'s LockInfo JSON, as `terraform` does',
    );
  }
  return { id, text: utf8.decode(body) };
}

function parseJsonObject(body: Buffer, what: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(utf8.decode(body));
  } catch {
    // The body itself is never echoed: a state can hold secrets.
    throw new InputError(
      `The ${what} is not valid UTF-8 JSON; send it with Content-Type: application/json as Terraform does`,
    );
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new InputError(`The ${what} is not a JSON object`);
  }
  return parsed as Record<string, unknown>;
}
