import { z } from 'zod';
import { typeErrorMessage } from './requestObjects';

/** The shape of Kubernetes labels, which people who label things already know. */
const MAX_LABELS = 32;
const MAX_LENGTH = 63;
const KEY = /^[a-z0-9]([a-z0-9._-]*[a-z0-9])?$/;
const VALUE = /^([A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?)?$/;

const labelValueSchema = z
  .string({ error: typeErrorMessage('text') })
  .max(MAX_LENGTH, {
    error: issue =>
      `A label value must be at most ${MAX_LENGTH} characters (got ${
        (issue.input as string).length
      })`,
  })
  .regex(VALUE, {
    error:
      "A label value may only contain letters, digits, '-', '_' and '.', and starts and ends with a letter or digit (or is empty)",
  });

function isLabelKey(key: string): boolean {
  return key.length <= MAX_LENGTH && KEY.test(key);
}

/**
 * A workspace's labels: key/value pairs for finding and grouping workspaces
 * (team, cost centre, environment). Keys are checked here rather than by a key
 * schema, whose refusal zod reports only as "Invalid key in record".
 */
export const workspaceLabelsSchema = z
  .record(z.string(), labelValueSchema, {
    error: typeErrorMessage('an object of label keys and text values'),
  })
  .superRefine((labels, context) => {
    const keys = Object.keys(labels);
    if (keys.length > MAX_LABELS) {
      context.addIssue({
        code: 'custom',
        message: `A workspace has at most ${MAX_LABELS} labels (got ${keys.length}); remove some`,
      });
    }
    for (const key of keys.filter(k => !isLabelKey(k))) {
      context.addIssue({
        code: 'custom',
        path: [key],
        message: `"${key.slice(
          0,
          80,
        )}" is not a label key: use 1 to ${MAX_LENGTH} lowercase letters, digits, '-', '_' and '.', starting and ending with a letter or digit`,
      });
    }
  });
