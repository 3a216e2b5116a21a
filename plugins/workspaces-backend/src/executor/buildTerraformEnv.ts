import { InputError } from '@backstage/errors';

/**
 * The only variables Terraform gets from the backend's own environment: what it needs
 * to find programs, write temp files, and reach the network through a proxy. Anything
 * else (database passwords, tokens) would be readable by every `local-exec` of a template.
 */
export const INHERITED_ENV_NAMES: readonly string[] = [
  'PATH',
  'HOME',
  'TMPDIR',
  'LANG',
  'SSL_CERT_FILE',
  'SSL_CERT_DIR',
  'HTTP_PROXY',
  'HTTPS_PROXY',
  'NO_PROXY',
  'http_proxy',
  'https_proxy',
  'no_proxy',
];

// TF_LOG prints secrets (provider debug logs), TF_CLI_ARGS could add -var flags, and the
// rest are how the executor keeps Terraform non-interactive with its own CLI config.
const RESERVED_NAME =
  /^(TF_LOG(_.*)?|TF_CLI_ARGS(_.*)?|TF_CLI_CONFIG_FILE|TF_IN_AUTOMATION|TF_INPUT|CHECKPOINT_DISABLE)$/;

/**
 * The complete environment of a Terraform process, built from scratch: the allow-listed
 * inherited variables, the executor's fixed settings, then the step's own variables
 * (its secrets and backend credentials).
 */
export function buildTerraformEnv(options: {
  inherited: NodeJS.ProcessEnv;
  cliConfigFile: string;
  stepEnv: Record<string, string>;
}): Record<string, string> {
  const reserved = Object.keys(options.stepEnv).filter(name =>
    RESERVED_NAME.test(name),
  );
  if (reserved.length > 0) {
    throw new InputError(
      `The step environment may not set ${reserved.join(', ')}: the executor ` +
        'controls how Terraform logs, takes input and reads its CLI config. ' +
        'Remove these variables from the step.',
    );
  }

  const env: Record<string, string> = {};
  for (const name of INHERITED_ENV_NAMES) {
    const value = options.inherited[name];
    if (value !== undefined) {
      env[name] = value;
    }
  }
  return {
    ...env,
    TF_IN_AUTOMATION: '1',
    TF_INPUT: '0',
    CHECKPOINT_DISABLE: '1',
    TF_CLI_CONFIG_FILE: options.cliConfigFile,
    ...options.stepEnv,
  };
}
