import { readdir, readlink } from 'node:fs/promises';
import path from 'node:path';

/**
 * Kills every process on this host that works inside a job's directory: the terraform
 * and provisioner commands a dead runner left behind (they outlive it until their next
 * write to its pipes). Recovery calls it before it releases the job's state locks, so
 * nothing keeps changing infrastructure behind the new state of things. A runner on
 * another host finds nothing here; there the job's state credential, which stops
 * working with the job, is the fence.
 */
export async function fenceJobProcesses(
  jobDirectory: string,
): Promise<number[]> {
  const killed: number[] = [];
  const inside = (cwd: string) =>
    cwd === jobDirectory || cwd.startsWith(`${jobDirectory}${path.sep}`);
  for (const entry of await readdir('/proc').catch(() => [])) {
    if (!/^\d+$/.test(entry)) continue;
    const cwd = await readlink(`/proc/${entry}/cwd`).catch(() => '');
    if (!inside(cwd)) continue;
    try {
      process.kill(Number(entry), 'SIGKILL');
      killed.push(Number(entry));
    } catch {
      // Gone already, or not ours to kill.
    }
  }
  return killed;
}
