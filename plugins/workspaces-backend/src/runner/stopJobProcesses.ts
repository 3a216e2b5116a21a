import { readdir, readFile, readlink } from 'node:fs/promises';
import path from 'node:path';

/** A process of this host and the process group it belongs to. */
type HostProcess = { pid: number; pgid: number };

/** What stopping a dead runner's left-over processes came to. */
export type StoppedJobProcesses = {
  /** The Terraform processes (group leaders) asked to stop with SIGINT. */
  interrupted: number[];
  /** Of those, the ones that did not stop within the grace period and were killed. */
  killed: number[];
};

async function processesWorkingIn(directory: string): Promise<HostProcess[]> {
  const inside = (cwd: string) =>
    cwd === directory || cwd.startsWith(`${directory}${path.sep}`);
  const found: HostProcess[] = [];
  for (const entry of await readdir('/proc').catch(() => [])) {
    if (!/^\d+$/.test(entry)) continue;
    const cwd = await readlink(`/proc/${entry}/cwd`).catch(() => '');
    if (!inside(cwd)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
    // "pid (comm) state ppid pgrp ...": comm may hold spaces and parentheses.
    const pgid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
    if (pgid > 0) found.push({ pid: Number(entry), pgid });
  }
  return found;
}

function signal(target: number, name: NodeJS.Signals): boolean {
  try {
    process.kill(target, name);
    return true;
  } catch {
    // Gone already, or not ours to signal.
    return false;
  }
}

/**
 * Stops what a dead runner left running on this host inside a job's directory. Terraform
 * outlives its runner (its output goes to files), so it is first asked to stop as a
 * cancel would (SIGINT to each process group's leader, which the runner made
 * Terraform): it then saves its state through the backend, whose job credential stays
 * valid while the job is recovered. Whatever is still there after `graceMs` is killed,
 * group by group. A runner on another host finds nothing here; there the job's state
 * credential, which stops working with the job, is the fence.
 */
export async function stopJobProcesses(
  jobDirectory: string,
  graceMs: number,
): Promise<StoppedJobProcesses> {
  const found = await processesWorkingIn(jobDirectory);
  const leaders = found.filter(p => p.pid === p.pgid).map(p => p.pid);
  const interrupted = leaders.filter(pid => signal(pid, 'SIGINT'));
  const deadline = Date.now() + graceMs;
  let left = found;
  // Terraform's exit is what matters: a provisioner's children it orphans never exit.
  while (left.some(p => interrupted.includes(p.pid)) && Date.now() < deadline) {
    await new Promise(resolve => setTimeout(resolve, 100));
    left = await processesWorkingIn(jobDirectory);
  }
  const stillRunning = interrupted.filter(pid => left.some(p => p.pid === pid));
  for (const group of new Set(found.map(p => p.pgid))) {
    signal(-group, 'SIGKILL');
  }
  for (const p of await processesWorkingIn(jobDirectory)) {
    signal(p.pid, 'SIGKILL');
  }
  return { interrupted, killed: stillRunning };
}
