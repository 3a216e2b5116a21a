import type { JsonObject } from '@backstage/types';

/** What the parent test hands the runner process (runnerProcess.ts). */
export type RunnerProcessSettings = {
  client: string;
  connection: unknown;
  /** Where the built-in state is served: the parent test backend's plugin URL. */
  pluginBaseUrl: string;
  config: JsonObject;
};

/** The environment variable carrying the settings, as JSON. */
export const RUNNER_PROCESS_SETTINGS = 'RUNNER_PROCESS_SETTINGS';
