import { z } from 'zod';
import { accountResourceNameSchema } from './accountResourceName';
import { descriptionSchema } from './description';
import { entityRefSchema } from './entityRef';
import { plainTextSchema } from './plainText';
import { typeErrorMessage } from './requestObjects';

export type Context = z.core.$RefinementCtx<unknown>;
export function flag(context: Context, path: PropertyKey[], message: string) {
  context.addIssue({ code: 'custom', path, message });
}

/**
 * A strict object: unknown keys are named with the allowed ones, or, when
 * they look like secret material, answered with `secretHint`.
 */
export function strictObject<TShape extends z.ZodRawShape>(
  shape: TShape,
  options: { secretKeys?: RegExp; secretHint?: string; expected?: string } = {},
) {
  const allowed = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: issue => {
      if (issue.code !== 'unrecognized_keys') {
        return typeErrorMessage(options.expected ?? 'an object')(issue);
      }
      const keys = `${issue.keys.length === 1 ? 'field' : 'fields'} ${issue.keys
        .map(key => `"${key}"`)
        .join(', ')}`;
      return issue.keys.some(key => options.secretKeys?.test(key))
        ? `Unknown ${keys}: ${options.secretHint}`
        : `Unknown ${keys}; the allowed fields are ${allowed}`;
    },
  });
}

/** One line of plain text: trimmed, 1 to `maxLength` characters. */
export function lineSchema(label: string, maxLength: number) {
  return plainTextSchema(label, maxLength)
    .refine(text => !/[\r\n\t]/.test(text), `${label} must be a single line`)
    .min(1, `${label} is required`);
}

/** A refinement that flags every repeat of a key in a list. */
export function uniqueBy<T>(key: (item: T) => string, what: string) {
  return (items: T[], context: Context) => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      if (seen.has(key(item))) {
        flag(
          context,
          [index],
          `"${key(item)}" is given twice; each ${what} must be unique`,
        );
      }
      seen.add(key(item));
    });
  };
}

/** The fields every account resource kind starts with. */
export const commonFields = {
  name: accountResourceNameSchema,
  title: lineSchema('Title', 100),
  description: descriptionSchema,
  owner: entityRefSchema.optional(),
};
