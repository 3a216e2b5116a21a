import os from 'node:os';

/**
 * A runner id is `<host>:<pid>:<random>` (see readRunnerOptions): the host and process
 * it ran in, and a part that tells apart two runs that got the same pid.
 */
export function parseRunnerId(
  runnerId: string,
): { host: string; pid: number } | undefined {
  const match = /^(.+):(\d+):[^:]+$/.exec(runnerId);
  return match ? { host: match[1], pid: Number(match[2]) } : undefined;
}

function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, but belongs to somebody else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Whether a job's runner ran on this host and its process is gone, so the job can be
 * recovered now instead of when its lease runs out. Its pid may live on as this very
 * process (a container restarted as pid 1 again), which is not the dead runner either.
 */
export function runnerOnThisHostIsGone(
  leaseOwner: string,
  ownRunnerId: string,
  host: string = os.hostname(),
): boolean {
  if (leaseOwner === ownRunnerId) return false;
  const owner = parseRunnerId(leaseOwner);
  if (!owner || owner.host !== host) return false;
  return owner.pid === process.pid || !processExists(owner.pid);
}
