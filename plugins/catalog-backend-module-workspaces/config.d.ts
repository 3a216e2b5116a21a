import type { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';

export interface Config {
  catalog?: {
    providers?: {
      /** The Oqullus Workspaces entity provider. */
      workspaces?: {
        /** How often every entity is read again; every 5 minutes by default. */
        schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
        /**
         * How often, in seconds, the workspaces are compared with the last
         * emitted ones so that new, changed and deleted workspaces show up
         * quickly; 10 by default.
         */
        deltaIntervalSeconds?: number;
        /**
         * Owner entity ref of account resources registered without an owner
         * (Resource entities need one); `unknown` by default.
         */
        defaultOwner?: string;
      };
    };
  };
}
