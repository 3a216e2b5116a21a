import { createValidatedOpenApiRouter } from '@backstage/backend-openapi-utils';
import PromiseRouter from 'express-promise-router';
import { spec } from '../schema/openapi/generated/spec';
import { addMemberRoutes } from './memberRoutes';
import { readJsonBodies } from './readJsonBodies';
import type { RouterDeps } from './RouterDeps';
import { addWorkspaceRoutes } from './workspaceRoutes';
import type { WorkspacesApiRouter } from './WorkspacesApiRouter';

/**
 * The REST API of the workspaces plugin, mounted on its contract
 * (src/schema/openapi.yaml): every route is typed from the spec.
 */
export async function createRouter(
  deps: RouterDeps & {
    addAccountRoutes?: (router: WorkspacesApiRouter) => void;
  },
) {
  const api = createValidatedOpenApiRouter<typeof spec>(spec, {
    // No middleware of ours: bodies arrive parsed and checked (readJsonBodies,
    // in front), so the default JSON parser finds nothing left to read.
    validatorOptions: {
      // Requests are parsed by the routes, whose refusals name the field and say
      // what to send (parseRequest.ts); the validator would answer first, in its
      // own words ("request/body must have required property 'name'").
      validateRequests: false,
      // Tokens are checked by the httpAuth service, which answers 401; the
      // validator would turn a missing header into a 400.
      validateSecurity: false,
    },
  });
  addWorkspaceRoutes(api, deps);
  addMemberRoutes(api, deps);
  deps.addAccountRoutes?.(api);

  const router = PromiseRouter();
  router.use(readJsonBodies());
  router.use(api);
  return router;
}
