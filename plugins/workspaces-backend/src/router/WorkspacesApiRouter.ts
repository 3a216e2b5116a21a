import type { ApiRouter } from '@backstage/backend-openapi-utils';
import type { spec } from '../schema/openapi/generated/spec';

/**
 * The router of the REST API, typed from the contract: each route's path
 * parameters, query, body and answer are the ones openapi.yaml gives it, so a
 * handler that strays from the spec does not compile.
 */
export type WorkspacesApiRouter = ApiRouter<typeof spec>;
