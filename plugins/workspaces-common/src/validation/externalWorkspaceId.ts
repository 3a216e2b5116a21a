import { z } from 'zod';
import { describeDisallowedCharacters } from './disallowedCharacters';
import { typeErrorMessage } from './requestObjects';

/**
 * The shortest custom external workspace ID.
 *
 * @public
 */
export const EXTERNAL_ID_MIN_LENGTH = 3;

/**
 * The longest custom external workspace ID; short enough to prefix cloud
 * resource names that have their own limits.
 *
 * @public
 */
export const EXTERNAL_ID_MAX_LENGTH = 40;

/**
 * A whole valid external workspace ID, length included: a DNS-label-like
 * string that can name cloud resources.
 *
 * @public
 */
export const EXTERNAL_ID_PATTERN =
  /^(?=.{3,40}$)[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/**
 * The external workspace ID rules in words, for forms to show.
 *
 * @public
 */
export const EXTERNAL_ID_RULES = `${EXTERNAL_ID_MIN_LENGTH} to ${EXTERNAL_ID_MAX_LENGTH} characters: lowercase letters, digits and hyphens; starts with a letter; does not end with a hyphen or contain two hyphens in a row`;

const ID_CHARACTER = /^[a-z0-9-]$/;

/**
 * A custom external workspace ID, trimmed. Each broken rule gets its own
 * message.
 *
 * @public
 */
export const externalWorkspaceIdSchema = z
  .string({ error: typeErrorMessage('text') })
  .trim()
  .min(EXTERNAL_ID_MIN_LENGTH, {
    error: issue =>
      `External workspace ID must be at least ${EXTERNAL_ID_MIN_LENGTH} characters (got ${
        String(issue.input).length
      })`,
  })
  .max(EXTERNAL_ID_MAX_LENGTH, {
    error: issue =>
      `External workspace ID must be at most ${EXTERNAL_ID_MAX_LENGTH} characters (got ${
        String(issue.input).length
      })`,
  })
  .regex(/^[a-z0-9-]*$/, {
    error: issue =>
      `External workspace ID may only contain lowercase letters, digits and hyphens (found ${describeDisallowedCharacters(
        String(issue.input),
        ID_CHARACTER,
      )})`,
  })
  .regex(
    /^(?![0-9-])/,
    'External workspace ID must start with a lowercase letter',
  )
  .refine(
    id => !id.endsWith('-'),
    'External workspace ID must not end with a hyphen',
  )
  .refine(
    id => !id.includes('--'),
    'External workspace ID must not contain two hyphens in a row',
  );

const GENERATED_PREFIX = 'ws-';
const GENERATED_SUFFIX_LENGTH = 10;
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
// The largest multiple of 36 that fits in a byte: bytes at or above it are
// skipped, else byte % 36 would favour the first few characters.
const UNBIASED_BYTE_LIMIT = 252;

/**
 * A fresh external workspace ID such as `ws-k3v9x0q2mz`: 10 random
 * characters from a-z and 0-9, so about 51 bits of randomness.
 *
 * @public
 */
export function generateExternalWorkspaceId(): string {
  let suffix = '';
  while (suffix.length < GENERATED_SUFFIX_LENGTH) {
    const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
    for (const byte of bytes) {
      if (
        byte < UNBIASED_BYTE_LIMIT &&
        suffix.length < GENERATED_SUFFIX_LENGTH
      ) {
        suffix += ALPHABET[byte % ALPHABET.length];
      }
    }
  }
  return `${GENERATED_PREFIX}${suffix}`;
}
