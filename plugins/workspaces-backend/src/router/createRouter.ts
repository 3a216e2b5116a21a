import { InputError } from '@backstage/errors';
import express, { type ErrorRequestHandler } from 'express';
import Router from 'express-promise-router';
import { refuseMisshapenBodies } from './checkBodyShape';
import { addMemberRoutes } from './memberRoutes';
import type { RouterDeps } from './RouterDeps';
import { addWorkspaceRoutes } from './workspaceRoutes';

/** Bodies are small JSON documents; anything larger is a mistake or an attack. */
export const MAX_BODY_SIZE = '256kb';

// body-parser's own messages say little; these say what was wrong and what to do.
const explainBodyErrors: ErrorRequestHandler = (error, _req, _res, next) => {
  if (error?.type === 'entity.too.large') {
    next(
      Object.assign(
        new InputError(
          `The request body is larger than ${MAX_BODY_SIZE}; send less (template inputs belong in parameters, not files)`,
        ),
        { statusCode: 413 },
      ),
    );
  } else if (error?.type === 'entity.parse.failed') {
    next(
      new InputError(
        `The request body is not valid JSON: ${error.message}; send a JSON object with Content-Type: application/json`,
      ),
    );
  } else {
    next(error);
  }
};

/** The REST API of the workspaces plugin (see src/schema/openapi.yaml). */
export function createRouter(
  deps: RouterDeps & {
    addAccountRoutes?: (router: ReturnType<typeof Router>) => void;
  },
) {
  const router = Router();
  router.use(express.json({ limit: MAX_BODY_SIZE }));
  router.use(explainBodyErrors);
  router.use(refuseMisshapenBodies);
  addWorkspaceRoutes(router, deps);
  addMemberRoutes(router, deps);
  deps.addAccountRoutes?.(router);
  return router;
}
