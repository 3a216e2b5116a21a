import { InputError } from '@backstage/errors';
import type { RequestHandler } from 'express';

/** Deeper than any body of this API; deep enough that no validator's recursion overflows. */
export const MAX_BODY_DEPTH = 32;

/**
 * Keys that JavaScript objects treat specially: a validator copying `__proto__`
 * sets a prototype instead of a field, so it would vanish silently. No field of
 * this API has such a name.
 */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

type Pending = { value: unknown; depth: number; path: string };

function childPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}

/**
 * Refuses a parsed JSON body that is nested more than {@link MAX_BODY_DEPTH}
 * levels or has a prototype key, before anything walks it recursively. The walk
 * itself is iterative, so a body of any depth cannot overflow the stack here.
 */
export function checkBodyShape(body: unknown): void {
  const pending: Pending[] = [{ value: body, depth: 1, path: '' }];
  let deepest = 0;
  while (pending.length > 0) {
    const { value, depth, path } = pending.pop()!;
    if (value === null || typeof value !== 'object') continue;
    deepest = Math.max(deepest, depth);
    if (Array.isArray(value)) {
      value.forEach((item, index) =>
        pending.push({
          value: item,
          depth: depth + 1,
          path: childPath(path, index),
        }),
      );
      continue;
    }
    for (const [key, item] of Object.entries(value)) {
      if (PROTOTYPE_KEYS.has(key)) {
        throw new InputError(
          `The request body has a key "${key}" at ${childPath(
            path,
            key,
          )}; no field is named __proto__, constructor or prototype: remove it`,
        );
      }
      pending.push({
        value: item,
        depth: depth + 1,
        path: childPath(path, key),
      });
    }
  }
  if (deepest > MAX_BODY_DEPTH) {
    throw new InputError(
      `The request body is nested ${deepest} levels deep; at most ${MAX_BODY_DEPTH} are allowed; send a flatter body`,
    );
  }
}

/** {@link checkBodyShape} on every parsed JSON body. */
export const refuseMisshapenBodies: RequestHandler = (req, _res, next) => {
  checkBodyShape(req.body);
  next();
};
