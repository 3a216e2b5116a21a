import { readdir, readFile, readlink } from 'node:fs/promises';

/** A process on this host: its id and its command line. */
export type HostProcess = { pid: number; cmdline: string };

async function hostProcesses(): Promise<Array<HostProcess & { cwd: string }>> {
  const found: Array<HostProcess & { cwd: string }> = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const cmdline = await readFile(`/proc/${entry}/cmdline`, 'utf8').catch(
      () => '',
    );
    const cwd = await readlink(`/proc/${entry}/cwd`).catch(() => '');
    if (cmdline) {
      found.push({
        pid: Number(entry),
        cmdline: cmdline.split('\0').join(' ').trim(),
        cwd,
      });
    }
  }
  return found;
}

/**
 * Processes working inside a job directory: the terraform and the provisioner commands
 * (`sleep`) a killed runner left behind.
 */
export async function processesWorkingIn(
  directory: string,
): Promise<HostProcess[]> {
  return (await hostProcesses())
    .filter(p => p.cwd === directory || p.cwd.startsWith(`${directory}/`))
    .map(({ pid, cmdline }) => ({ pid, cmdline }));
}

/** Kills the given processes, ignoring the ones already gone. */
export function killAll(processes: HostProcess[]): void {
  for (const { pid } of processes) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
}
