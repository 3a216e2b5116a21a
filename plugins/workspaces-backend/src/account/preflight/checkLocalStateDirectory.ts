import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { PreflightFindings } from './PreflightFindings';

/**
 * The local backend keeps state files under `settings.path`: it must be a
 * writable directory, or one the backend can create. Nothing is created here.
 */
export async function checkLocalStateDirectory(
  path: string | undefined,
  workingDirectory: string,
  findings: PreflightFindings,
): Promise<void> {
  if (!path) {
    findings.broken(
      'The local backend needs settings.path: the directory the state files are written to',
    );
    return;
  }
  const directory = resolve(workingDirectory, path);
  let existing = directory;
  for (;;) {
    const kind = await kindOf(existing);
    if (kind === 'file') {
      findings.broken(
        existing === directory
          ? `settings.path ${directory} is a file, not a directory: point it at a directory`
          : `settings.path ${directory} cannot be created because ${existing} is a file: point it elsewhere`,
      );
      return;
    }
    if (kind === 'directory') break;
    const parent = dirname(existing);
    if (parent === existing) break;
    existing = parent;
  }
  try {
    await access(existing, constants.W_OK | constants.X_OK);
  } catch {
    findings.broken(
      existing === directory
        ? `settings.path ${directory} is not writable by the backend process: let the backend user write to it`
        : `settings.path ${directory} does not exist and cannot be created, because ${existing} is not writable by the backend process: create it, or let the backend user write to ${existing}`,
    );
  }
}

async function kindOf(path: string): Promise<'file' | 'directory' | undefined> {
  try {
    return (await stat(path)).isDirectory() ? 'directory' : 'file';
  } catch {
    return undefined;
  }
}
