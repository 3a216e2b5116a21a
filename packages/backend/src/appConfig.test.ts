import type { Config } from '@backstage/config';
import { ConfigSources, FileConfigSource } from '@backstage/config-loader';
import {
  readServiceGrants,
  readTeamLeads,
} from '@oqullus/plugin-workspaces-node';
import path from 'node:path';

const appConfigPath = path.resolve(__dirname, '../../../app-config.yaml');

/** The static external-access token of app-config.yaml, as the backend reads it. */
function staticTokenOf(config: Config) {
  const [staticToken] = config
    .getConfigArray('backend.auth.externalAccess')
    .filter(entry => entry.getString('type') === 'static');
  return staticToken.getConfig('options');
}

/** app-config.yaml as the backend reads it, with only the given environment. */
async function loadAppConfig(env: Record<string, string>) {
  return ConfigSources.toConfig(
    FileConfigSource.create({
      path: appConfigPath,
      watch: false,
      substitutionFunc: async name => env[name],
    }),
  );
}

describe('app-config.yaml', () => {
  it('ships no script token: without OQULLUS_SCRIPT_TOKEN the static token has none', async () => {
    const config = await loadAppConfig({});
    expect(staticTokenOf(config).getOptionalString('token')).toBeUndefined();
    config.close();

    const withToken = await loadAppConfig({
      OQULLUS_SCRIPT_TOKEN: 'generated-by-start-sh',
    });
    expect(staticTokenOf(withToken).getString('token')).toBe(
      'generated-by-start-sh',
    );
    withToken.close();
  });

  it('grants the script token read and create, and no approving, deleting, state or account management', async () => {
    const config = await loadAppConfig({});
    const subject = staticTokenOf(config).getString('subject');
    expect([...(readServiceGrants(config).get(subject) ?? [])].sort()).toEqual([
      'workspaces.account.read',
      'workspaces.workspace.create',
      'workspaces.workspace.read',
    ]);
    config.close();
  });

  it('makes Tara the lead of Data Engineering, as examples/org.yaml describes her', async () => {
    const config = await loadAppConfig({});
    expect(readTeamLeads(config)).toEqual([
      {
        lead: 'user:default/tara.lead',
        teams: ['group:default/data-engineering'],
      },
    ]);
    config.close();
  });
});
