import { errorMessage } from '../shared/errorMessage';
import type { FormErrors } from './createWorkspaceForm';

/** A refused create request, split into messages per field and the rest. */
export type ServerErrorPlacement = {
  fields: FormErrors;
  /** What could not be tied to a field shown on the form. */
  general?: string;
};

// The server writes "field.path: message" for schema and template problems;
// conflicts name the field only in words.
const FIELD_PREFIX = /^([A-Za-z][\w]*(?:\.[\w]+)*): (.+)$/;
const FIELD_BY_WORDS: Array<[RegExp, string]> = [
  [/^External workspace ID/i, 'externalId'],
  [/^(A )?workspace (name|named)/i, 'name'],
];

function fieldOf(sentence: string): [string, string] | undefined {
  const prefixed = FIELD_PREFIX.exec(sentence);
  if (prefixed) return [prefixed[1], prefixed[2]];
  const byWords = FIELD_BY_WORDS.find(([pattern]) => pattern.test(sentence));
  return byWords ? [byWords[1], sentence] : undefined;
}

/**
 * Places each sentence of the server's refusal next to the field it names,
 * when that field is on the form (`shownFields`); the rest goes above the
 * submit button.
 */
export function placeServerError(
  error: unknown,
  shownFields: ReadonlySet<string>,
): ServerErrorPlacement {
  const fields: FormErrors = {};
  const rest: string[] = [];
  // Problems are joined with "; ", but a sentence may hold "; " too: split
  // only where the next problem names its field.
  for (const sentence of errorMessage(error).split(/; (?=[A-Za-z][\w.]*: )/)) {
    const field = fieldOf(sentence);
    if (field && shownFields.has(field[0])) {
      fields[field[0]] = fields[field[0]]
        ? `${fields[field[0]]}; ${field[1]}`
        : field[1];
    } else {
      rest.push(sentence);
    }
  }
  return { fields, general: rest.length ? rest.join('; ') : undefined };
}
