import { z } from 'zod';
import { typeErrorMessage } from './requestObjects';

/**
 * The longest account resource name.
 *
 * @public
 */
export const ACCOUNT_RESOURCE_NAME_MAX_LENGTH = 63;

/**
 * A valid account resource name: a DNS label, so it can appear in catalog
 * entity names and URLs unchanged.
 *
 * @public
 */
export const ACCOUNT_RESOURCE_NAME_PATTERN = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/;

/**
 * The account resource name rules in words, for forms to show.
 *
 * @public
 */
export const ACCOUNT_RESOURCE_NAME_RULES = `1 to ${ACCOUNT_RESOURCE_NAME_MAX_LENGTH} characters: lowercase letters, digits and hyphens; starts and ends with a letter or digit`;

/**
 * The name of a stack template, cloud credential, state storage or network,
 * unique per kind.
 *
 * @public
 */
export const accountResourceNameSchema = z
  .string({ error: typeErrorMessage('text') })
  .trim()
  .min(1, { error: 'Required', abort: true })
  .max(ACCOUNT_RESOURCE_NAME_MAX_LENGTH, {
    error: issue =>
      `Name must be at most ${ACCOUNT_RESOURCE_NAME_MAX_LENGTH} characters (got ${
        String(issue.input).length
      })`,
    abort: true,
  })
  .regex(ACCOUNT_RESOURCE_NAME_PATTERN, {
    error: issue =>
      `Name must be lowercase letters, digits and hyphens, starting and ending with a letter or digit (got ${JSON.stringify(
        issue.input,
      )})`,
  });
