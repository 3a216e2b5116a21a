import type { JobStep } from '@oqullus/plugin-workspaces-common';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import {
  ERRORED_STATE_FILE,
  keptStateFileName,
} from '../executor/keepErroredState';

/**
 * The states Terraform could not save that a job left in its directory: an
 * `errored.tfstate` in a step's module directory (Terraform wrote it while nobody
 * watched), or one the executor had moved to `kept/`.
 */
export async function erroredStateFiles(
  jobDirectory: string,
  steps: JobStep[],
): Promise<Array<{ component: string; file: string }>> {
  const found: Array<{ component: string; file: string }> = [];
  const kept: string[] = await readdir(path.join(jobDirectory, 'kept')).catch(
    () => [],
  );
  for (const step of steps) {
    const inModule = path.join(jobDirectory, step.name, ERRORED_STATE_FILE);
    const moduleFiles: string[] = await readdir(path.dirname(inModule)).catch(
      () => [],
    );
    if (moduleFiles.includes(ERRORED_STATE_FILE)) {
      found.push({ component: step.name, file: inModule });
    }
    const prefix = keptStateFileName(step.name);
    const ofStep = (name: string) =>
      name === `${prefix}.tfstate` ||
      (name.startsWith(`${prefix}-`) &&
        /^-\d+\.tfstate$/.test(name.slice(prefix.length)));
    for (const name of kept.filter(ofStep).sort()) {
      found.push({
        component: step.name,
        file: path.join(jobDirectory, 'kept', name),
      });
    }
  }
  return found;
}
