import { z } from 'zod';
import { accountResourceNameSchema } from './accountResourceName';
import {
  commonFields,
  flag,
  lineSchema,
  strictObject,
  uniqueBy,
} from './accountResourceFields';
import { descriptionSchema } from './description';
import { typeErrorMessage } from './requestObjects';

/** A path inside a template: relative, without `..`, so it stays inside. */
const relativePathSchema = lineSchema('Path', 500).refine(
  path =>
    !/^([\\/]|[A-Za-z]:)/.test(path) && !/(^|[\\/])\.\.([\\/]|$)/.test(path),
  'Path must be relative to the template source and must not contain ".."',
);

const inputTypes = ['string', 'number', 'integer', 'boolean', 'array'] as const;
type InputType = (typeof inputTypes)[number];
const scalarSchema = z.union([z.string(), z.number(), z.boolean()], {
  error: 'Must be text, a number or true/false',
});
// The input types each JSON Schema keyword applies to.
const keywordTypes: Record<string, InputType[]> = {
  minimum: ['number', 'integer'],
  maximum: ['number', 'integer'],
  pattern: ['string'],
  minLength: ['string'],
  maxLength: ['string'],
  items: ['array'],
};

const withArticle = (word: string) =>
  /^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`;

function isRegExp(source: string): boolean {
  try {
    return RegExp(source, 'u') instanceof RegExp;
  } catch {
    return false;
  }
}

function fitsType(type: InputType, value: unknown): boolean {
  if (type === 'integer') return Number.isInteger(value);
  return type === 'array' ? Array.isArray(value) : typeof value === type;
}

const inputPropertySchema = strictObject(
  {
    type: z.enum(inputTypes, {
      error: `Type must be one of ${inputTypes.join(', ')}`,
    }),
    title: lineSchema('Title', 100).optional(),
    description: descriptionSchema,
    default: z.union([scalarSchema, z.array(scalarSchema)]).optional(),
    enum: z.array(scalarSchema).min(1, 'Give at least one value').optional(),
    minimum: z.number().optional(),
    maximum: z.number().optional(),
    pattern: z.string().max(500).optional(),
    minLength: z.int().min(0).optional(),
    maxLength: z.int().min(0).optional(),
    items: strictObject({
      type: z.enum(['string', 'number', 'integer', 'boolean'], {
        error: 'Item type must be one of string, number, integer, boolean',
      }),
    }).optional(),
  },
  {
    secretKeys: /^(secret|sensitive|writeOnly)$/,
    secretHint:
      'Template inputs cannot be secret: their values are stored with the workspace and shown to its members; give secrets through a cloud credential',
  },
).superRefine((property, context) => {
  const { type } = property;
  for (const [keyword, types] of Object.entries(keywordTypes)) {
    if (
      property[keyword as keyof typeof property] !== undefined &&
      !types.includes(type)
    ) {
      flag(
        context,
        [keyword],
        `${keyword} applies only to ${types.join(' and ')} inputs, not ${type}`,
      );
    }
  }
  if ((property.minimum ?? -Infinity) > (property.maximum ?? Infinity)) {
    flag(context, ['maximum'], 'maximum must not be less than minimum');
  }
  if ((property.minLength ?? 0) > (property.maxLength ?? Infinity)) {
    flag(context, ['maxLength'], 'maxLength must not be less than minLength');
  }
  if (property.pattern !== undefined && !isRegExp(property.pattern)) {
    flag(context, ['pattern'], 'pattern is not a valid regular expression');
  }
  property.enum?.forEach((value, index) => {
    if (!fitsType(type, value)) {
      flag(
        context,
        ['enum', index],
        `Must be ${withArticle(type)} like the input`,
      );
    }
  });
  if (property.default === undefined) {
    return;
  }
  if (!fitsType(type, property.default)) {
    flag(
      context,
      ['default'],
      `The default must be ${withArticle(type)} like the input`,
    );
  } else if (
    property.enum &&
    !property.enum.includes(property.default as never)
  ) {
    flag(context, ['default'], 'The default must be one of the enum values');
  }
});

const inputsSchema = strictObject({
  type: z.literal('object', {
    error: 'Must be "object": the inputs are a JSON Schema object',
  }),
  properties: z.record(z.string(), inputPropertySchema).default({}),
  required: z.array(z.string()).optional(),
}).superRefine((inputs, context) => {
  for (const name of Object.keys(inputs.properties)) {
    if (!/^[A-Za-z_][A-Za-z0-9_-]{0,63}$/.test(name)) {
      flag(
        context,
        ['properties', name],
        'Input names become Terraform variables: up to 64 letters, digits, underscores and hyphens, starting with a letter or underscore',
      );
    }
  }
  inputs.required?.forEach((name, index) => {
    if (
      !(name in inputs.properties) ||
      inputs.required?.indexOf(name) !== index
    ) {
      flag(
        context,
        ['required', index],
        `"${name}" must name a property, once`,
      );
    }
  });
});

/**
 * The body of a request to register or replace a stack template.
 *
 * @public
 */
export const stackTemplateRequestSchema = strictObject({
  ...commonFields,
  source: z.discriminatedUnion(
    'type',
    [
      strictObject({
        type: z.literal('directory'),
        path: lineSchema('Path', 1000),
      }),
      strictObject({
        type: z.literal('url'),
        url: z.url({
          protocol: /^https?$/,
          error: 'Must be an http or https URL',
        }),
      }),
    ],
    { error: 'Must be { type: "directory", path } or { type: "url", url }' },
  ),
  version: lineSchema('Version', 100).optional(),
  infrastructure: strictObject({
    path: relativePathSchema.default('.'),
  }).default({ path: '.' }),
  inputs: inputsSchema.default({ type: 'object', properties: {} }),
  apps: z
    .array(
      strictObject({
        name: accountResourceNameSchema,
        title: lineSchema('Title', 100).optional(),
        path: relativePathSchema,
      }),
      { error: typeErrorMessage('a list of apps') },
    )
    .max(50)
    .default([])
    .superRefine(uniqueBy(app => app.name, 'app name')),
  requiresApproval: z
    .boolean({ error: typeErrorMessage('true or false') })
    .default(false),
});
