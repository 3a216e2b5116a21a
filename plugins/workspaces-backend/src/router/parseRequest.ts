import { InputError } from '@backstage/errors';
import {
  entityRefSchema,
  formatZodIssues,
} from '@oqullus/plugin-workspaces-common';
import type { z } from 'zod';

// Requests are parsed here, in the router, with the zod schemas whose sentences
// the API answers with (the spec's validator words its own); use cases then take
// typed requests. requestSchemas.typecheck.ts keeps these schemas and the spec alike.

function parseWith<T extends z.ZodType>(
  schema: T,
  value: unknown,
): z.output<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw new InputError(formatZodIssues(parsed.error));
  }
  return parsed.data;
}

/** Parses a request body with a schema, answering 400 with every problem named. */
export function parseBody<T extends z.ZodType>(
  schema: T,
  body: unknown,
): z.output<T> {
  return parseWith(schema, body);
}

/** Parses a query with a schema, answering 400 with every problem named. */
export function parseQuery<T extends z.ZodType>(
  schema: T,
  query: unknown,
): z.output<T> {
  return parseWith(schema, query);
}

/** The {memberRef} of a member route: an entity ref, made canonical. */
export function parseMemberRef(memberRef: string): string {
  const parsed = entityRefSchema.safeParse(memberRef);
  if (!parsed.success) {
    throw new InputError(`memberRef: ${formatZodIssues(parsed.error)}`);
  }
  return parsed.data;
}
