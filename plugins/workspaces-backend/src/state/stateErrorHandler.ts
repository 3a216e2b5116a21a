import type { LoggerService } from '@backstage/backend-plugin-api';
import { isError, serializeError } from '@backstage/errors';
import type { ErrorRequestHandler } from 'express';
import { StateLockConflictError } from './StateLockConflictError';

export const STATE_AUTH_CHALLENGE = 'Basic realm="workspaces-state"';

const statusByErrorName: Record<string, number> = {
  InputError: 400,
  AuthenticationError: 401,
  NotAllowedError: 403,
  NotFoundError: 404,
  ConflictError: 409,
};

/**
 * Renders errors of the state routes the way Terraform's http backend needs them,
 * wherever the router is mounted: 423 with the holder's LockInfo as the whole body, 401
 * with a Basic challenge, other refusals in Backstage's error body shape. Server errors
 * are logged without request bodies (states hold secrets) and not described to callers.
 */
export function stateErrorHandler(logger: LoggerService): ErrorRequestHandler {
  return (error, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    if (error instanceof StateLockConflictError) {
      res.status(423).type('application/json').send(error.holderLockInfo);
      return;
    }
    const statusCode = statusOf(error);
    if (statusCode === 401) {
      res.setHeader('WWW-Authenticate', STATE_AUTH_CHALLENGE);
    }
    let body = isError(error)
      ? serializeError(error)
      : { name: 'Error', message: String(error) };
    if (statusCode >= 500) {
      logger.error(
        `Terraform state request ${req.method} ${req.path} failed: ${body.name}: ${body.message}`,
      );
      body = {
        name: 'Error',
        message:
          'The state backend failed to handle the request; try again, and tell an administrator if it keeps failing',
      };
    }
    res.status(statusCode).json({
      error: { name: body.name, message: body.message },
      request: { method: req.method, url: req.originalUrl },
      response: { statusCode },
    });
  };
}

function statusOf(error: unknown): number {
  // body-parser's errors (too large, aborted, bad encoding) carry their own status.
  const { status, statusCode } = (error ?? {}) as {
    status?: unknown;
    statusCode?: unknown;
  };
  for (const code of [statusCode, status]) {
    if (typeof code === 'number' && code >= 400 && code < 600) {
      return code;
    }
  }
  if (isError(error) && statusByErrorName[error.name]) {
    return statusByErrorName[error.name];
  }
  return 500;
}
