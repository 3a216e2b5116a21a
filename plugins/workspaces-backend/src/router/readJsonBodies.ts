import { InputError } from '@backstage/errors';
import express, { type ErrorRequestHandler, type Router } from 'express';
import PromiseRouter from 'express-promise-router';
import { refuseMisshapenBodies } from './checkBodyShape';

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

/**
 * Parses JSON bodies and refuses those too large, malformed, too deep or with a
 * prototype key, before the validated router sees them. They run in a router of
 * their own, in front of it, because that router rewrites every error raised
 * within it as a 400, and a body too large is a 413.
 */
export function readJsonBodies(): Router {
  const router = PromiseRouter();
  router.use(express.json({ limit: MAX_BODY_SIZE }));
  router.use(explainBodyErrors);
  router.use(refuseMisshapenBodies);
  return router;
}
