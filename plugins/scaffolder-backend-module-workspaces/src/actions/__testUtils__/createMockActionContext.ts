import os from 'node:os';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import type { ActionContext } from '@backstage/plugin-scaffolder-node';
import type { JsonObject, JsonValue } from '@backstage/types';

/**
 * A scaffolder action context for tests, shaped like the one of
 * `@backstage/plugin-scaffolder-node-test-utils` (which still requires
 * scaffolder-node 0.13): the initiator is `mockCredentials.user()`, outputs
 * and logs are jest mocks, and checkpoints run their function every time.
 */
export function createMockActionContext<
  TInput extends JsonObject = JsonObject,
  // Any: each action declares its own outputs and the mock serves them all.
  TOutput extends JsonObject = any,
>(
  overrides: Partial<ActionContext<TInput, TOutput>> & { input: TInput },
): ActionContext<TInput, TOutput> {
  return {
    logger: mockServices.logger.mock(),
    workspacePath: os.tmpdir(),
    output: jest.fn(),
    createTemporaryDirectory: jest.fn(async () => os.tmpdir()),
    getInitiatorCredentials: async () => mockCredentials.user(),
    checkpoint: async ({ fn }) => fn(),
    task: { id: 'task-1' },
    step: { id: 'step-1' },
    ...overrides,
  };
}

/**
 * A checkpoint that, like the task runner, remembers each key's result and
 * replays it when the task is resumed instead of running the function again.
 */
export function rememberingCheckpoint(): ActionContext<JsonObject>['checkpoint'] {
  const saved = new Map<string, JsonValue | void>();
  return async <T extends JsonValue | void>(opts: {
    key: string;
    fn: () => Promise<T> | T;
  }): Promise<T> => {
    if (saved.has(opts.key)) {
      return saved.get(opts.key) as T;
    }
    const result = await opts.fn();
    saved.set(opts.key, result);
    return result;
  };
}

/** What the action passed to `ctx.output`, as an object. */
export function outputsOf(
  ctx: ActionContext<any, any>,
): Record<string, unknown> {
  return Object.fromEntries((ctx.output as jest.Mock).mock.calls);
}
