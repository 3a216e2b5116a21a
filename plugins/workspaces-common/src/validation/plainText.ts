import { z } from 'zod';
import { typeErrorMessage } from './requestObjects';

const TAB = 0x09;
const LINE_FEED = 0x0a;
// Browsers submit textarea line breaks as CR LF, so CR counts as a line break.
const CARRIAGE_RETURN = 0x0d;

function isForbiddenControlCharacter(codePoint: number): boolean {
  if (codePoint === TAB || codePoint === LINE_FEED) {
    return false;
  }
  if (codePoint === CARRIAGE_RETURN) {
    return false;
  }
  // C0 controls, DEL and C1 controls: invisible, and some rewrite terminals.
  return codePoint < 0x20 || (codePoint >= 0x7f && codePoint <= 0x9f);
}

function firstControlCharacter(text: string): string | undefined {
  for (const character of text) {
    const codePoint = character.codePointAt(0) ?? 0;
    if (isForbiddenControlCharacter(codePoint)) {
      return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
    }
  }
  return undefined;
}

/**
 * Free text a person writes and others read: trimmed, bounded, and free of
 * control characters other than line breaks and tabs.
 */
export function plainTextSchema(fieldLabel: string, maxLength: number) {
  return z
    .string({ error: typeErrorMessage('text') })
    .trim()
    .max(maxLength, {
      error: issue =>
        `${fieldLabel} must be at most ${maxLength} characters (got ${
          String(issue.input).length
        })`,
    })
    .refine(text => firstControlCharacter(text) === undefined, {
      error: issue =>
        `${fieldLabel} must not contain control characters (found ${firstControlCharacter(
          String(issue.input),
        )}); only line breaks and tabs are allowed`,
    });
}
