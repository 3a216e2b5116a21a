import {
  chmod,
  copyFile,
  lstat,
  mkdir,
  rename,
  unlink,
} from 'node:fs/promises';
import { join } from 'node:path';

/** The file Terraform writes into its working directory when it cannot save the state. */
export const ERRORED_STATE_FILE = 'errored.tfstate';

/** The start of the names of the files a component's errored states are kept as. */
export function keptStateFileName(component: string): string {
  return `errored-${component.replace(/[^A-Za-z0-9._-]/g, '_')}`;
}

async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return false;
    }
    throw error;
  }
}

async function move(from: string, to: string): Promise<void> {
  try {
    await rename(from, to);
  } catch (error) {
    // The work root and the module directory may be on different file systems.
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') {
      throw error;
    }
    await copyFile(from, to);
    await unlink(from);
  }
}

/**
 * Moves an `errored.tfstate` left in the module directory to
 * `<jobDir>/kept/errored-<component>.tfstate`, where it outlives the module directory,
 * and returns its new path. It holds the only copy of what the apply did, so an earlier
 * one of the same job is never overwritten.
 */
export async function keepErroredState(options: {
  moduleDir: string;
  jobDir: string;
  component: string;
}): Promise<string | undefined> {
  const source = join(options.moduleDir, ERRORED_STATE_FILE);
  if (!(await exists(source))) {
    return undefined;
  }
  const keptDir = join(options.jobDir, 'kept');
  await mkdir(keptDir, { recursive: true, mode: 0o700 });
  const base = keptStateFileName(options.component);
  let target = join(keptDir, `${base}.tfstate`);
  for (let attempt = 2; await exists(target); attempt++) {
    target = join(keptDir, `${base}-${attempt}.tfstate`);
  }
  await move(source, target);
  // State holds every attribute in clear, secrets included.
  await chmod(target, 0o600);
  return target;
}
