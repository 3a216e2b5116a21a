import type { SecretReference } from '@oqullus/plugin-workspaces-common';
import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import type { PreflightContext } from './PreflightContext';
import type { PreflightFindings } from './PreflightFindings';

/**
 * Checks that each referenced environment variable is set and each referenced
 * file can be read by the backend. It never reads a file, and never puts a
 * value in a message.
 */
export async function checkSecretReferences(
  secrets: SecretReference[],
  context: Pick<PreflightContext, 'env'>,
  findings: PreflightFindings,
): Promise<void> {
  for (const secret of secrets) {
    const by = `referenced by secret '${secret.name}'`;
    if ('env' in secret.from) {
      const variable = secret.from.env;
      const value = context.env[variable];
      if (value === undefined) {
        findings.broken(
          `Environment variable ${variable} ${by} is not set on the backend: set it in the backend's environment and restart it`,
        );
      } else if (value === '') {
        findings.broken(
          `Environment variable ${variable} ${by} is empty on the backend: give it the secret value and restart the backend`,
        );
      }
      continue;
    }
    const problem = await fileProblem(secret.from.file);
    if (problem) {
      findings.broken(`File ${secret.from.file} ${by} ${problem}`);
    }
  }
}

async function fileProblem(file: string): Promise<string | undefined> {
  try {
    if (!(await stat(file)).isFile()) {
      return 'is not a regular file: reference the file that holds the secret';
    }
    await access(file, constants.R_OK);
    return undefined;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      return 'does not exist on the backend: create it, or mount the secret there';
    }
    if (code === 'EACCES' || code === 'EPERM') {
      return 'cannot be read by the backend process: let the backend user read it';
    }
    return `cannot be checked (${code ?? 'unknown error'})`;
  }
}
