import { z } from 'zod';
import { strictRequestObject } from './requestObjects';

/**
 * The operations started through the generic operations endpoint; delete,
 * approve, reject and cancel have their own requests.
 *
 * @public
 */
export const requestableOperations = [
  'provision',
  'sync-infrastructure',
  'sync-apps',
] as const;

/**
 * An operation that can be asked for through operationRequestSchema.
 *
 * @public
 */
export type RequestableOperation = (typeof requestableOperations)[number];

/**
 * The body of a request to run an operation on a workspace.
 *
 * @public
 */
export const operationRequestSchema = strictRequestObject({
  operation: z.enum(requestableOperations, {
    error: `Operation must be one of ${requestableOperations.join(', ')}`,
  }),
});

/**
 * An operation request.
 *
 * @public
 */
export type OperationRequest = z.output<typeof operationRequestSchema>;
