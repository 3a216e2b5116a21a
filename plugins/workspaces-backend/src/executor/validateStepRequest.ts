import { InputError } from '@backstage/errors';
import type { StepRequest } from '@oqullus/plugin-workspaces-node';
import { isAbsolute } from 'node:path';

// The job id names a directory under the work root, so it must be one plain segment.
const JOB_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

const BACKEND_TYPES: ReadonlySet<string> = new Set([
  'http',
  'pg',
  's3',
  'gcs',
  'azurerm',
  'local',
]);

/** Rejects a request the runner should never have built, before anything runs. */
export function validateStepRequest(request: StepRequest): void {
  if (!JOB_ID.test(request.jobId)) {
    throw new InputError(
      `Job id "${request.jobId}" cannot name a directory; use letters, digits, '.', '_' and '-'.`,
    );
  }
  if (!request.component) {
    throw new InputError(
      'A step needs a component: infrastructure or an app name.',
    );
  }
  if (!isAbsolute(request.moduleDir)) {
    throw new InputError(
      `The module directory must be an absolute path, not "${request.moduleDir}".`,
    );
  }
  if (!BACKEND_TYPES.has(request.backend.type)) {
    throw new InputError(
      `Backend type "${request.backend.type}" is not supported; use one of ${[
        ...BACKEND_TYPES,
      ].join(', ')}.`,
    );
  }
  if (!(request.timeoutMs > 0) || !Number.isFinite(request.timeoutMs)) {
    throw new InputError(
      `The step timeout must be a positive number of milliseconds, not ${request.timeoutMs}.`,
    );
  }
  if (
    !(request.cancelGraceMs >= 0) ||
    !Number.isFinite(request.cancelGraceMs)
  ) {
    throw new InputError(
      `The cancel grace period must be zero or more milliseconds, not ${request.cancelGraceMs}.`,
    );
  }
}
