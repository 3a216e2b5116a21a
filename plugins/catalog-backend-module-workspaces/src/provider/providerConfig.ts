import {
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  type RootConfigService,
  type SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';

/** The settings of the provider, from `catalog.providers.workspaces`. */
export type WorkspacesProviderConfig = {
  schedule: SchedulerServiceTaskScheduleDefinition;
  deltaIntervalSeconds: number;
  defaultOwner: string;
};

const DEFAULT_SCHEDULE: SchedulerServiceTaskScheduleDefinition = {
  frequency: { minutes: 5 },
  timeout: { minutes: 3 },
};
const DEFAULT_DELTA_INTERVAL_SECONDS = 10;
const DEFAULT_OWNER = 'unknown';

export function readWorkspacesProviderConfig(
  rootConfig: RootConfigService,
): WorkspacesProviderConfig {
  const config = rootConfig.getOptionalConfig('catalog.providers.workspaces');
  const deltaIntervalSeconds =
    config?.getOptionalNumber('deltaIntervalSeconds') ??
    DEFAULT_DELTA_INTERVAL_SECONDS;
  if (!(deltaIntervalSeconds > 0)) {
    throw new Error(
      `catalog.providers.workspaces.deltaIntervalSeconds must be a positive number of seconds, got ${deltaIntervalSeconds}`,
    );
  }
  return {
    schedule: config?.has('schedule')
      ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
          config.getConfig('schedule'),
        )
      : DEFAULT_SCHEDULE,
    deltaIntervalSeconds,
    defaultOwner: config?.getOptionalString('defaultOwner') ?? DEFAULT_OWNER,
  };
}
