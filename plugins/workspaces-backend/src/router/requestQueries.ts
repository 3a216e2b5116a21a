import { InputError } from '@backstage/errors';
import {
  approvalStates,
  workspaceListSorts,
  workspaceStatuses,
} from '@oqullus/plugin-workspaces-common';
import { z } from 'zod';

const statusList = z
  .union([z.string(), z.array(z.string())])
  .transform(value =>
    (Array.isArray(value) ? value : [value])
      .flatMap(v => v.split(','))
      .map(v => v.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.enum(workspaceStatuses)));

/** Query of GET /workspaces. */
export const listWorkspacesQuerySchema = z
  .object({
    scope: z.enum(['mine', 'all']).default('mine'),
    status: statusList.optional(),
    approval: z.enum(approvalStates).optional(),
    template: z.string().max(63).optional(),
    owner: z.string().max(255).optional(),
    q: z.string().max(200).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    cursor: z.string().max(1000).optional(),
    sort: z.enum(workspaceListSorts).optional(),
    order: z.enum(['asc', 'desc']).optional(),
  })
  .strict()
  .refine(query => !query.order || query.sort, {
    message: 'order needs sort: name the column to sort by, or leave order out',
    path: ['order'],
  });

/** Query of GET /jobs/{id}/log; the events query below narrows its page size. */
export const cursorQuerySchema = z
  .object({
    after: z
      .string()
      .regex(/^\d{1,19}$/, 'must be an id returned as nextCursor')
      .optional(),
    limit: z.coerce.number().int().min(1).max(1000).default(100),
  })
  .strict();

/** Query of GET /workspaces/{id}/events: the contract caps its pages at 500 events. */
export const eventsQuerySchema = cursorQuerySchema.extend({
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

const IDEMPOTENCY_KEY_MAX_LENGTH = 255;
// Visible ASCII, spaces allowed inside: what a UUID, a task id or a hash is written in.
const IDEMPOTENCY_KEY_PATTERN = /^[ -~]*[!-~][ -~]*$/;

/**
 * The Idempotency-Key header, if sent. A key that is empty, only spaces, too
 * long or not ASCII is a 400: taking it as absent would turn a retry into a
 * second workspace.
 */
export function parseIdempotencyKey(header: string | undefined) {
  if (header === undefined) return undefined;
  const key = header.trim();
  if (
    key.length > IDEMPOTENCY_KEY_MAX_LENGTH ||
    !IDEMPOTENCY_KEY_PATTERN.test(key)
  ) {
    throw new InputError(
      `Idempotency-Key: must be 1 to ${IDEMPOTENCY_KEY_MAX_LENGTH} printable ASCII characters, not only spaces (got ${key.length} characters); send a fresh UUID, or no header at all`,
    );
  }
  return key;
}
