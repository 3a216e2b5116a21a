import { JOB_USERNAME } from './authenticateStateRequest';

/** The arguments of Terraform's `backend "http"` block for one workspace component. */
export type HttpBackendSettings = {
  address: string;
  lock_address: string;
  unlock_address: string;
  lock_method: 'LOCK';
  unlock_method: 'UNLOCK';
  username: string;
};

export type BuiltinBackendConfig = {
  settings: HttpBackendSettings;
  /** A whole `.tf.json` file declaring the backend, e.g. `backend.tf.json`. */
  tfJson: string;
  /** The same `terraform { backend "http" { … } }` block in HCL, e.g. `backend.tf`. */
  hcl: string;
};

/**
 * The backend configuration a job's Terraform uses to keep its state here. It has no
 * password: the runner passes the job's credential as TF_HTTP_PASSWORD in Terraform's
 * environment, so it never lands in `.terraform/` or in a plan file.
 *
 * @param options.baseUrl - the plugin's base URL, e.g. `https://backstage.example.com/api/workspaces`
 */
export function builtinBackendConfig(options: {
  baseUrl: string;
  workspaceId: string;
  component: string;
}): BuiltinBackendConfig {
  const address = `${options.baseUrl.replace(
    /\/+$/,
    '',
  )}/state/${encodeURIComponent(options.workspaceId)}/${encodeURIComponent(
    options.component,
  )}`;
  const settings: HttpBackendSettings = {
    address,
    // One URL for all three: the method tells state, lock and unlock apart.
    lock_address: address,
    unlock_address: address,
    lock_method: 'LOCK',
    unlock_method: 'UNLOCK',
    username: JOB_USERNAME,
  };
  return {
    settings,
    tfJson: `${JSON.stringify(
      { terraform: { backend: { http: settings } } },
      null,
      2,
    )}\n`,
    hcl: backendHcl(settings),
  };
}

function backendHcl(settings: HttpBackendSettings): string {
  const width = Math.max(...Object.keys(settings).map(name => name.length));
  const lines = Object.entries(settings).map(
    ([name, value]) => `    ${name.padEnd(width)} = ${hclString(value)}`,
  );
  return `terraform {\n  backend "http" {\n${lines.join('\n')}\n  }\n}\n`;
}

/** JSON string escapes are valid in HCL; only template sequences need escaping too. */
function hclString(value: string): string {
  return JSON.stringify(value)
    .replace(/\$\{/g, () => '$${')
    .replace(/%\{/g, () => '%%{');
}
