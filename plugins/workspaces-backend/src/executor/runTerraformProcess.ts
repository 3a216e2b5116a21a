import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

/** Why the executor interrupted a process, if it did. */
export type ProcessStop = 'cancelled' | 'timed-out';

export type TerraformProcessOptions = {
  binary: string;
  args: string[];
  cwd: string;
  env: Record<string, string>;
  /** Aborting it stops the process as a cancel. */
  signal: AbortSignal;
  /** Time left for this process; when it runs out the process is stopped as a timeout. */
  timeoutMs: number;
  /** How long the process may take to stop after SIGINT before its whole group is killed. */
  cancelGraceMs: number;
  /** Each line of output, without its line break, in the order written per stream. */
  onLine(line: string, stream: 'stdout' | 'stderr'): void;
};

export type TerraformProcessResult = {
  /** False when the step was already cancelled or out of time, so nothing was run. */
  started: boolean;
  exitCode: number | null;
  exitSignal: NodeJS.Signals | null;
  stop?: ProcessStop;
  /** True when the process did not stop within the grace period and was killed. */
  killed: boolean;
};

// After the process exits its output is read to the end, but a process that left our
// group could hold the pipes open forever; give up on the rest after this long.
const PIPE_DRAIN_MS = 2000;

/** Sends a signal to a process (pid) or process group (-pid) that may already be gone. */
function sendSignal(target: number, signal: NodeJS.Signals): void {
  try {
    process.kill(target, signal);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') {
      throw error;
    }
  }
}

/**
 * Runs Terraform in its own process group with stdin closed and its output read line
 * by line. A cancel or timeout interrupts Terraform (SIGINT lets it save state and
 * release the lock), then kills the whole group after the grace period. When Terraform
 * exits, the group is always killed: Terraform stops a `local-exec` shell but not the
 * shell's children, which would otherwise live on.
 */
export function runTerraformProcess(
  options: TerraformProcessOptions,
): Promise<TerraformProcessResult> {
  if (options.signal.aborted || options.timeoutMs <= 0) {
    return Promise.resolve({
      started: false,
      exitCode: null,
      exitSignal: null,
      stop: options.signal.aborted ? 'cancelled' : 'timed-out',
      killed: false,
    });
  }

  return new Promise((resolve, reject) => {
    const child = spawn(options.binary, options.args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let stop: ProcessStop | undefined;
    let killed = false;
    let exited = false;
    let graceTimer: NodeJS.Timeout | undefined;

    const killGroup = () => {
      if (child.pid !== undefined) {
        sendSignal(-child.pid, 'SIGKILL');
      }
    };
    const interrupt = (reason: ProcessStop) => {
      if (stop || exited || child.pid === undefined) {
        return;
      }
      stop = reason;
      try {
        sendSignal(child.pid, 'SIGINT');
        graceTimer = setTimeout(() => {
          killed = true;
          killGroup();
        }, options.cancelGraceMs);
      } catch {
        killGroup();
      }
    };
    const onAbort = () => interrupt('cancelled');
    options.signal.addEventListener('abort', onAbort, { once: true });
    const timeoutTimer = setTimeout(
      () => interrupt('timed-out'),
      options.timeoutMs,
    );
    const cleanUp = () => {
      clearTimeout(timeoutTimer);
      clearTimeout(graceTimer);
      options.signal.removeEventListener('abort', onAbort);
    };

    const drained = [child.stdout, child.stderr].map(stream => {
      const lines = createInterface({ input: stream, crlfDelay: Infinity });
      lines.on('line', line =>
        options.onLine(line, stream === child.stdout ? 'stdout' : 'stderr'),
      );
      return new Promise<void>(done => lines.once('close', () => done()));
    });

    child.once('error', error => {
      cleanUp();
      killGroup();
      reject(
        new Error(`Could not run ${options.binary}: ${error.message}`, {
          cause: error,
        }),
      );
    });

    child.once('exit', (exitCode, exitSignal) => {
      exited = true;
      cleanUp();
      try {
        killGroup();
      } catch (error) {
        reject(error);
        return;
      }
      let drainTimer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<void>(done => {
        drainTimer = setTimeout(done, PIPE_DRAIN_MS);
      });
      Promise.race([Promise.all(drained), timedOut]).then(() => {
        clearTimeout(drainTimer);
        child.stdout.destroy();
        child.stderr.destroy();
        resolve({ started: true, exitCode, exitSignal, stop, killed });
      });
    });
  });
}
