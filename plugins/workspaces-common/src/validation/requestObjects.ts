import { z } from 'zod';

// Zod's defaults ("Invalid input: expected string, received undefined") are
// written for developers; these read well in a form or a 400 response.

/**
 * An error map for a value of the wrong type: "Required" when it is missing,
 * else "Must be <expected>".
 */
export function typeErrorMessage(expected: string): z.core.$ZodErrorMap {
  return issue => {
    if (issue.code !== 'invalid_type') {
      return undefined;
    }
    return issue.input === undefined ? 'Required' : `Must be ${expected}`;
  };
}

function quoteList(keys: readonly string[]): string {
  return keys.map(key => `"${key}"`).join(', ');
}

/**
 * A request body object that rejects unknown keys, naming each one and the
 * fields that are allowed, so a typo is found at once.
 */
export function strictRequestObject<TShape extends z.ZodRawShape>(
  shape: TShape,
) {
  const allowed = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: issue => {
      if (issue.code === 'unrecognized_keys') {
        const noun = issue.keys.length === 1 ? 'field' : 'fields';
        return `Unknown ${noun} ${quoteList(
          issue.keys,
        )}; the allowed fields are ${allowed}`;
      }
      return typeErrorMessage('an object')(issue);
    },
  });
}
