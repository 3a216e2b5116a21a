import { InputError } from '@backstage/errors';
import { buildTerraformEnv } from './buildTerraformEnv';

describe('buildTerraformEnv', () => {
  const inherited = {
    PATH: '/usr/bin:/bin',
    HOME: '/home/backstage',
    LANG: 'C.UTF-8',
    https_proxy: 'http://proxy:3128',
    SSL_CERT_FILE: '/etc/ssl/ca.pem',
    BACKEND_DB_PASSWORD: 'db-secret',
    GITHUB_TOKEN: 'ghp_x',
    AWS_SECRET_ACCESS_KEY: 'backend-own-key',
    TF_LOG: 'TRACE',
    TF_CLI_CONFIG_FILE: '/root/.terraformrc',
    NODE_OPTIONS: '--inspect',
  };

  it('takes only allow-listed variables from the backend and adds its own settings and the step env', () => {
    expect(
      buildTerraformEnv({
        inherited,
        cliConfigFile: '/jobs/j1/step-x/terraform.rc',
        stepEnv: { TF_VAR_db_password: 'p', AWS_ACCESS_KEY_ID: 'AKIA' },
      }),
    ).toEqual({
      PATH: '/usr/bin:/bin',
      HOME: '/home/backstage',
      LANG: 'C.UTF-8',
      https_proxy: 'http://proxy:3128',
      SSL_CERT_FILE: '/etc/ssl/ca.pem',
      TF_IN_AUTOMATION: '1',
      TF_INPUT: '0',
      CHECKPOINT_DISABLE: '1',
      TF_CLI_CONFIG_FILE: '/jobs/j1/step-x/terraform.rc',
      TF_VAR_db_password: 'p',
      AWS_ACCESS_KEY_ID: 'AKIA',
    });
  });

  it('lets the step env override inherited ones, e.g. its own proxy', () => {
    expect(
      buildTerraformEnv({
        inherited,
        cliConfigFile: '/rc',
        stepEnv: { https_proxy: 'http://other:3128' },
      }).https_proxy,
    ).toBe('http://other:3128');
  });

  it.each([
    'TF_LOG',
    'TF_LOG_PROVIDER',
    'TF_LOG_PATH',
    'TF_CLI_ARGS',
    'TF_CLI_ARGS_apply',
    'TF_CLI_CONFIG_FILE',
    'TF_INPUT',
  ])('refuses a step env that sets %s', name => {
    expect(() =>
      buildTerraformEnv({
        inherited,
        cliConfigFile: '/rc',
        stepEnv: { [name]: 'x' },
      }),
    ).toThrow(InputError);
  });

  it('names every refused variable so the runner can be fixed', () => {
    expect(() =>
      buildTerraformEnv({
        inherited: {},
        cliConfigFile: '/rc',
        stepEnv: { TF_LOG: 'DEBUG', TF_CLI_ARGS: '-var=x=y', TF_VAR_ok: 'ok' },
      }),
    ).toThrow(/may not set TF_LOG, TF_CLI_ARGS:/);
  });
});
