import { NotFoundError } from '@backstage/errors';
import type { SecretReference } from '@oqullus/plugin-workspaces-common';
import { readFile } from 'node:fs/promises';

/** The secret values of one job: its environment, and the values to mask in its logs. */
export type ResolvedSecrets = {
  /** Environment variables for the Terraform process only. */
  env: Record<string, string>;
  /** Every value, for the log redactor; never stored or shown. */
  values: string[];
};

/**
 * Reads the secrets a credential or state storage references, when a job
 * runs. Throws an error that names the missing reference, never a value.
 */
export async function resolveSecretValues(
  resource: { name: string; secrets?: SecretReference[] },
  options: { env?: NodeJS.ProcessEnv } = {},
): Promise<ResolvedSecrets> {
  const sourceEnv = options.env ?? process.env;
  const env: Record<string, string> = {};
  for (const secret of resource.secrets ?? []) {
    const of = `secret '${secret.name}' of '${resource.name}'`;
    if ('env' in secret.from) {
      const value = sourceEnv[secret.from.env];
      if (!value) {
        throw new NotFoundError(
          `Environment variable ${secret.from.env}, referenced by ${of}, is not set or empty on the backend: set it and restart the backend`,
        );
      }
      env[secret.name] = value;
      continue;
    }
    env[secret.name] = await readSecretFile(secret.from.file, of);
  }
  return { env, values: [...new Set(Object.values(env))] };
}

async function readSecretFile(file: string, of: string): Promise<string> {
  let content: string;
  try {
    content = await readFile(file, 'utf8');
  } catch (error) {
    // Only the code: the path is ours to name, the rest of the error is not needed.
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new NotFoundError(
      `File ${file}, referenced by ${of}, cannot be read on the backend (${code}): create it or let the backend user read it`,
    );
  }
  // Files written by editors and `echo` end in a newline that is not part of the secret.
  const value = content.replace(/\r?\n$/, '');
  if (value === '') {
    throw new NotFoundError(`File ${file}, referenced by ${of}, is empty`);
  }
  return value;
}
