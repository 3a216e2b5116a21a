import { ResponseError } from '@backstage/errors';

/**
 * The sentence to show for a failed call: for a refused request, the
 * server's own explanation (what was wrong and what to do), not
 * "Request failed with 409 Conflict".
 */
export function errorMessage(error: unknown): string {
  if (error instanceof ResponseError) {
    return error.cause?.message || error.message;
  }
  if (error instanceof Error) {
    return error.message;
  }
  return String(error);
}
