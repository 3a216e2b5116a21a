import { z } from 'zod';
import {
  flag,
  lineSchema,
  strictObject,
  uniqueBy,
} from './accountResourceFields';
import { typeErrorMessage } from './requestObjects';

// Keys that name secret material, which a credential or storage may only reference.
export const SECRET_KEY =
  /^value$|secret|passw(or)?d|token|private.?key|access.?key/i;
export const SECRET_SETTING = new RegExp(
  `${SECRET_KEY.source}|conn.?str|^credentials$|(encryption|customer).?key`,
  'i',
);
// Variables the job runner sets itself: a secret must not override them.
const RUNNER_VARIABLE =
  /^(PATH|HOME|TMPDIR|NODE_OPTIONS|CHECKPOINT_DISABLE|(LD|DYLD)_\w+|TF_(CLI_\w+|DATA_DIR|PLUGIN_CACHE_DIR|LOG|LOG_\w+|INPUT|IN_AUTOMATION|WORKSPACE))$/;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,127}$/;
const ENV_NAME_RULE =
  'letters, digits and underscores, not starting with a digit';
const ABSOLUTE_PATH = /^(\/|[A-Za-z]:[\\/])\P{Cc}{0,1023}$/u;

/** The advice given when `holder` is handed secret material. */
export const referenceOnly = (holder: string) =>
  `${holder} hold only references to secrets: put the value in an environment variable or a file and reference it as { from: { env: 'NAME' } } or { from: { file: '/path' } }`;

// Messages here never repeat the input: it may be a secret pasted by mistake.

/** A list of references to secrets, each read from an env variable or a file. */
export function secretsSchema(holder: string) {
  const from = strictObject(
    {
      env: z
        .string()
        .regex(
          ENV_NAME,
          `Must be an environment variable name: ${ENV_NAME_RULE}`,
        )
        .optional(),
      file: z
        .string()
        .regex(ABSOLUTE_PATH, 'Must be an absolute file path')
        .optional(),
    },
    {
      secretKeys: SECRET_KEY,
      secretHint: holder,
      expected: `{ env: 'NAME' } or { file: '/path' }. ${holder}`,
    },
  )
    .refine(
      source => (source.env === undefined) !== (source.file === undefined),
      "Give exactly one of env or file: { env: 'NAME' } or { file: '/path' }",
    )
    .transform(source =>
      source.env !== undefined
        ? { env: source.env }
        : { file: source.file ?? '' },
    );
  const reference = strictObject(
    {
      name: z
        .string({ error: typeErrorMessage('text') })
        .regex(
          ENV_NAME,
          `Must be the environment variable name Terraform reads, such as AWS_SECRET_ACCESS_KEY: ${ENV_NAME_RULE}`,
        )
        .refine(
          name => !RUNNER_VARIABLE.test(name),
          'The job runner sets this variable itself; name the variable your provider or backend reads',
        ),
      from,
    },
    { secretKeys: SECRET_KEY, secretHint: holder },
  );
  return z
    .array(reference, {
      error: issue =>
        issue.input === undefined
          ? 'Required'
          : `Must be a list of references. ${holder}`,
    })
    .max(50)
    .superRefine(uniqueBy(ref => ref.name, 'secret name'));
}

/** Non-secret strings by key; a key that looks like a secret is refused. */
export function nonSecretRecord(
  keyPattern: RegExp,
  secretKeys: RegExp,
  holder: string,
) {
  return z
    .record(z.string(), lineSchema('Value', 1000), {
      error: typeErrorMessage('an object of text values'),
    })
    .superRefine((record, context) => {
      for (const key of Object.keys(record)) {
        if (secretKeys.test(key)) {
          flag(context, [key], `"${key}" looks like a secret. ${holder}`);
        } else if (!keyPattern.test(key)) {
          flag(
            context,
            [key],
            `Keys must be up to 64 characters matching ${keyPattern.source}`,
          );
        }
      }
    });
}
