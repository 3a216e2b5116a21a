import { z } from 'zod';
import { commonFields, strictObject } from './accountResourceFields';
import {
  nonSecretRecord,
  referenceOnly,
  SECRET_SETTING,
  secretsSchema,
} from './secretReferences';

const STORAGES = referenceOnly('State storages');

/**
 * The body of a request to register or replace a state storage.
 *
 * @public
 */
export const stateStorageRequestSchema = strictObject(
  {
    ...commonFields,
    kind: z.enum(['builtin', 'pg', 's3', 'gcs', 'azurerm', 'http', 'local'], {
      error: 'Kind must be one of builtin, pg, s3, gcs, azurerm, http, local',
    }),
    settings: nonSecretRecord(
      /^[a-z][a-z0-9_]{0,63}$/,
      SECRET_SETTING,
      STORAGES,
    ).default({}),
    secrets: secretsSchema(STORAGES).optional(),
  },
  { secretKeys: SECRET_SETTING, secretHint: STORAGES },
);
