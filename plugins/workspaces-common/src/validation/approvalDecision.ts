import { z } from 'zod';
import { plainTextSchema } from './plainText';
import { strictRequestObject } from './requestObjects';

/**
 * The longest comment an approval decision can carry.
 *
 * @public
 */
export const APPROVAL_COMMENT_MAX_LENGTH = 1000;

/**
 * The body of an approval decision. A rejection must say why, because the
 * requester can do nothing else with it.
 *
 * @public
 */
export const approvalDecisionSchema = strictRequestObject({
  decision: z.enum(['approve', 'reject'], {
    error: 'Decision must be approve or reject',
  }),
  comment: plainTextSchema('Comment', APPROVAL_COMMENT_MAX_LENGTH).optional(),
}).refine(body => body.decision !== 'reject' || Boolean(body.comment), {
  path: ['comment'],
  error: 'A rejection needs a comment that tells the requester why',
});

/**
 * An approval decision after validation.
 *
 * @public
 */
export type ApprovalDecision = z.output<typeof approvalDecisionSchema>;
