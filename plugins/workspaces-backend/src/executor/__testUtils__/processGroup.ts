import { readdirSync, readFileSync } from 'node:fs';

export type ProcessInfo = {
  pid: number;
  command: string;
  /** One letter from /proc: R running, S sleeping, Z zombie (dead, not yet reaped), ... */
  state: string;
  pgid: number;
};

function readProcess(pid: number): ProcessInfo | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // `pid (comm) state ppid pgrp ...`; comm may itself contain spaces and parentheses.
    const open = stat.indexOf('(');
    const close = stat.lastIndexOf(')');
    const [state, , pgrp] = stat.slice(close + 2).split(' ');
    return {
      pid,
      command: stat.slice(open + 1, close),
      state,
      pgid: Number(pgrp),
    };
  } catch {
    return undefined; // gone between listing /proc and reading it
  }
}

/**
 * The processes of a process group that still run: zombies have already exited and
 * only wait for their parent to collect the exit status.
 */
export function livingProcessesInGroup(pgid: number): ProcessInfo[] {
  return readdirSync('/proc')
    .filter(name => /^\d+$/.test(name))
    .map(name => readProcess(Number(name)))
    .filter(
      (info): info is ProcessInfo =>
        info !== undefined && info.pgid === pgid && info.state !== 'Z',
    );
}
