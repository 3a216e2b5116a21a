import {
  ConflictError,
  ForwardedError,
  InputError,
  NotAllowedError,
  NotFoundError,
  ResponseError,
} from '@backstage/errors';

/** The reason the workspaces backend gave, as its error handler serialized it. */
function serverReason(error: ResponseError): string {
  return error.body?.error?.message || error.cause?.message || error.message;
}

/**
 * Turns a refusal of the workspaces backend into a task error that says what
 * was attempted and the server's reason; other errors pass through.
 */
export function refusalError(error: unknown, attempt: string): unknown {
  if (!ResponseError.is(error)) {
    return error;
  }
  const message = `${attempt} was refused: ${serverReason(error)}`;
  switch (error.statusCode) {
    case 400:
      return new InputError(message);
    case 401:
    case 403:
      return new NotAllowedError(message);
    case 404:
      return new NotFoundError(message);
    case 409:
      return new ConflictError(message);
    default:
      return new ForwardedError(attempt, error);
  }
}
