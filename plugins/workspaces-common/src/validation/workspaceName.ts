import { z } from 'zod';
import { describeDisallowedCharacters } from './disallowedCharacters';
import { typeErrorMessage } from './requestObjects';

/**
 * The shortest workspace name, after trimming.
 *
 * @public
 */
export const WORKSPACE_NAME_MIN_LENGTH = 3;

/**
 * The longest workspace name, after trimming.
 *
 * @public
 */
export const WORKSPACE_NAME_MAX_LENGTH = 63;

/**
 * A whole valid workspace name (after trimming), length included, for forms
 * that check as the user types.
 *
 * @public
 */
export const WORKSPACE_NAME_PATTERN =
  /^(?=.{3,63}$)[A-Za-z0-9][A-Za-z0-9 ._-]*$/;

/**
 * The workspace name rules in words, for forms to show.
 *
 * @public
 */
export const WORKSPACE_NAME_RULES = `${WORKSPACE_NAME_MIN_LENGTH} to ${WORKSPACE_NAME_MAX_LENGTH} characters: letters, digits, spaces, "-", "_" and "."; starts with a letter or digit`;

const NAME_CHARACTER = /^[A-Za-z0-9 ._-]$/;

/**
 * A workspace's display name, trimmed. Plain ASCII so it reads the same in
 * every UI, log and cloud console it is copied to.
 *
 * @public
 */
export const workspaceNameSchema = z
  .string({ error: typeErrorMessage('text') })
  .trim()
  .min(WORKSPACE_NAME_MIN_LENGTH, {
    error: issue =>
      `Workspace name must be at least ${WORKSPACE_NAME_MIN_LENGTH} characters (got ${
        String(issue.input).length
      })`,
  })
  .max(WORKSPACE_NAME_MAX_LENGTH, {
    error: issue =>
      `Workspace name must be at most ${WORKSPACE_NAME_MAX_LENGTH} characters (got ${
        String(issue.input).length
      })`,
  })
  .regex(/^[A-Za-z0-9 ._-]*$/, {
    error: issue =>
      `Workspace name may only contain letters, digits, spaces, "-", "_" and "." (found ${describeDisallowedCharacters(
        String(issue.input),
        NAME_CHARACTER,
      )})`,
  })
  .regex(/^(?![._-])/, 'Workspace name must start with a letter or digit');
