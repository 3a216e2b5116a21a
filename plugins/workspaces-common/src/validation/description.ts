import { plainTextSchema } from './plainText';

/**
 * The longest description a workspace can have.
 *
 * @public
 */
export const DESCRIPTION_MAX_LENGTH = 1000;

/**
 * The description rules in words, for forms to show.
 *
 * @public
 */
export const DESCRIPTION_RULES = `Optional; at most ${DESCRIPTION_MAX_LENGTH} characters; line breaks and tabs are fine, other control characters are not`;

/**
 * An optional workspace description, trimmed.
 *
 * @public
 */
export const descriptionSchema = plainTextSchema(
  'Description',
  DESCRIPTION_MAX_LENGTH,
).optional();
