import { z } from 'zod';
import { commonFields, strictObject } from './accountResourceFields';
import {
  nonSecretRecord,
  referenceOnly,
  SECRET_KEY,
  secretsSchema,
} from './secretReferences';

const CREDENTIALS = referenceOnly('Cloud credentials');

/**
 * The body of a request to register or replace a cloud credential: identity
 * and references to secrets only, never a secret value.
 *
 * @public
 */
export const cloudCredentialRequestSchema = strictObject(
  {
    ...commonFields,
    provider: z.enum(['aws', 'gcp', 'azure', 'env'], {
      error: 'Provider must be one of aws, gcp, azure, env',
    }),
    identity: nonSecretRecord(
      /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/,
      SECRET_KEY,
      CREDENTIALS,
    ).default({}),
    secrets: secretsSchema(CREDENTIALS).default([]),
  },
  { secretKeys: SECRET_KEY, secretHint: CREDENTIALS },
);
