import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { StepRequest } from '@oqullus/plugin-workspaces-node';

// Override files and *.auto.tfvars files are read in lexical order and later ones win,
// so the `zz_` prefix makes the step's backend and values win over the template's own.
export const BACKEND_OVERRIDE_FILE = 'zz_workspaces_backend_override.tf.json';
export const VARIABLES_FILE = 'zz_workspaces.auto.tfvars.json';

/**
 * Writes where the state lives and the non-secret variables into the module directory.
 * Neither holds secrets: those reach Terraform only through its environment, because
 * backend settings are copied into `.terraform/` and the plan file.
 */
export async function writeModuleInputs(
  request: Pick<StepRequest, 'moduleDir' | 'backend' | 'variables'>,
): Promise<void> {
  const backend = {
    terraform: {
      backend: { [request.backend.type]: request.backend.config },
    },
  };
  await writeFile(
    join(request.moduleDir, BACKEND_OVERRIDE_FILE),
    `${JSON.stringify(backend, null, 2)}\n`,
    { mode: 0o600 },
  );
  await writeFile(
    join(request.moduleDir, VARIABLES_FILE),
    `${JSON.stringify(request.variables, null, 2)}\n`,
    { mode: 0o600 },
  );
}
