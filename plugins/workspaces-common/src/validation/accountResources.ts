import { z } from 'zod';
import type { AccountResourceKind } from '../types/account';
import { cloudCredentialRequestSchema } from './cloudCredentialRequest';
import { networkRequestSchema } from './networkRequest';
import { stackTemplateRequestSchema } from './stackTemplateRequest';
import { stateStorageRequestSchema } from './stateStorageRequest';

export { cloudCredentialRequestSchema } from './cloudCredentialRequest';
export { isIpv4Cidr, networkRequestSchema } from './networkRequest';
export { stackTemplateRequestSchema } from './stackTemplateRequest';
export { stateStorageRequestSchema } from './stateStorageRequest';

/**
 * The request body schema of each account resource kind, for
 * `POST /account/{kind}` and `PUT /account/{kind}/{name}`.
 *
 * @public
 */
export const accountResourceRequestSchemas = {
  'stack-templates': stackTemplateRequestSchema,
  'cloud-credentials': cloudCredentialRequestSchema,
  'state-storages': stateStorageRequestSchema,
  networks: networkRequestSchema,
} satisfies Record<AccountResourceKind, z.ZodType>;

/**
 * A register-or-replace request body as a client sends it.
 *
 * @public
 */
export type AccountResourceRequest<
  K extends AccountResourceKind = AccountResourceKind,
> = z.input<(typeof accountResourceRequestSchemas)[K]>;

/**
 * A register-or-replace request body after validation, defaults filled in.
 *
 * @public
 */
export type ParsedAccountResourceRequest<
  K extends AccountResourceKind = AccountResourceKind,
> = z.output<(typeof accountResourceRequestSchemas)[K]>;
