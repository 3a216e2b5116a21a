/*
 * A job runner alone in its own Node process, as another replica would run it: the
 * crash test starts it with Backstage's TypeScript transform and kills it mid-apply.
 * It reads RUNNER_PROCESS_SETTINGS (JSON): the database connection, the plugin's base
 * URL where the built-in state is served, and the plugin config.
 */
import type {
  LoggerService,
  UrlReaderService,
} from '@backstage/backend-plugin-api';
import { ConfigReader } from '@backstage/config';
import knexFactory from 'knex';
import { AccountRegistry } from '../../account/AccountRegistry';
import { readAccountConfig } from '../../account/readAccountConfig';
import { DatabaseWorkspacesDatabase } from '../../database/DatabaseWorkspacesDatabase';
import { TerraformStepExecutor } from '../../executor';
import { EventBroadcaster } from '../../publishing/EventBroadcaster';
import { WorkspaceNotifier } from '../../publishing/WorkspaceNotifier';
import { DatabaseJobCredentialStore } from '../../state/DatabaseJobCredentialStore';
import { DatabaseStateStore } from '../../state/DatabaseStateStore';
import { createJobRunner } from '../createJobRunner';
import { readRunnerOptions } from '../RunnerOptions';
import {
  RUNNER_PROCESS_SETTINGS,
  type RunnerProcessSettings,
} from './runnerProcessSettings';

function stderrLogger(fields: Record<string, unknown> = {}): LoggerService {
  const write = (level: string) => (message: string) =>
    process.stderr.write(`${level} ${JSON.stringify(fields)} ${message}\n`);
  return {
    error: write('error'),
    warn: write('warn'),
    info: write('info'),
    debug: () => {},
    child: more => stderrLogger({ ...fields, ...more }),
  };
}

const noUrlReader: UrlReaderService = {
  readUrl: async url => {
    throw new Error(`The runner process reads no URLs (${url})`);
  },
  readTree: async url => {
    throw new Error(`The runner process reads no URLs (${url})`);
  },
  search: async url => {
    throw new Error(`The runner process reads no URLs (${url})`);
  },
};

async function main() {
  const settings: RunnerProcessSettings = JSON.parse(
    process.env[RUNNER_PROCESS_SETTINGS] ?? '',
  );
  const knex = knexFactory({
    client: settings.client,
    connection: settings.connection as any,
    useNullAsDefault: true,
  });
  const config = new ConfigReader(settings.config);
  const logger = stderrLogger();
  const database = new DatabaseWorkspacesDatabase(knex);
  const stackTemplateRoots =
    config.getOptionalStringArray('workspaces.stackTemplateRoots') ?? [];
  const options = readRunnerOptions(config);
  const clock = () => new Date();
  const runner = createJobRunner({
    options,
    database,
    executor: new TerraformStepExecutor({
      binary: options.terraformBinary,
      logger,
      workRoot: options.workDirectory,
    }),
    registry: new AccountRegistry({
      database,
      configResources: readAccountConfig(config),
      stackTemplateRoots,
      urlReader: noUrlReader,
    }),
    stateStore: new DatabaseStateStore(knex),
    jobCredentials: new DatabaseJobCredentialStore(knex),
    pluginBaseUrl: settings.pluginBaseUrl,
    stackTemplateRoots,
    urlReader: noUrlReader,
    // No signals service, so no readers to look up.
    broadcaster: new EventBroadcaster(undefined, logger, {
      of: async () => [],
    }),
    notifier: new WorkspaceNotifier(undefined, logger, () => ''),
    logger,
    clock,
  });
  runner.start();
  // The runner's timers do not keep a process alive (in a backend, its server does);
  // this process has nothing else, so it holds itself open until it is killed.
  setInterval(() => {}, 60_000);
  // The parent learns who claims its jobs from the leases; this line says it is up.
  process.stdout.write(`${JSON.stringify({ runnerId: options.runnerId })}\n`);
}

main().catch(error => {
  process.stderr.write(`runner process failed: ${error?.stack ?? error}\n`);
  process.exit(1);
});
