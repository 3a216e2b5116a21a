import { spawn } from 'node:child_process';
import { open } from 'node:fs/promises';
import { OutputFileTail } from './OutputFileTail';

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
  /**
   * Where the process writes its output: `<outputFile>.stdout` and `.stderr`. Files, not
   * pipes, so that Terraform outlives a backend that dies and can still save its state.
   */
  outputFile: string;
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
 * Runs Terraform in its own process group with stdin closed and its output, written to
 * files, read line by line. A cancel or timeout interrupts Terraform (SIGINT lets it
 * save state and release the lock), then kills the whole group after the grace period.
 * When Terraform exits, the group is always killed: Terraform stops a `local-exec`
 * shell but not the shell's children, which would otherwise live on.
 */
export async function runTerraformProcess(
  options: TerraformProcessOptions,
): Promise<TerraformProcessResult> {
  if (options.signal.aborted || options.timeoutMs <= 0) {
    return {
      started: false,
      exitCode: null,
      exitSignal: null,
      stop: options.signal.aborted ? 'cancelled' : 'timed-out',
      killed: false,
    };
  }
  const paths = {
    stdout: `${options.outputFile}.stdout`,
    stderr: `${options.outputFile}.stderr`,
  };
  // Only this user may read them: Terraform's output can name what the job touches.
  const files = await Promise.all(
    [paths.stdout, paths.stderr].map(path => open(path, 'w', 0o600)),
  );
  let tails: OutputFileTail[];
  try {
    tails = await Promise.all(
      (['stdout', 'stderr'] as const).map(stream =>
        OutputFileTail.follow(paths[stream], line =>
          options.onLine(line, stream),
        ),
      ),
    );
  } catch (error) {
    await Promise.all(files.map(file => file.close()));
    throw error;
  }
  try {
    return await spawnAndWait(
      options,
      files.map(file => file.fd) as [number, number],
      tails,
    );
  } finally {
    await Promise.all(files.map(file => file.close()));
  }
}

function spawnAndWait(
  options: TerraformProcessOptions,
  [stdoutFd, stderrFd]: [number, number],
  tails: OutputFileTail[],
): Promise<TerraformProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(options.binary, options.args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', stdoutFd, stderrFd],
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

    const readToEnd = () => Promise.all(tails.map(tail => tail.finish()));

    child.once('error', error => {
      cleanUp();
      killGroup();
      void readToEnd().finally(() =>
        reject(
          new Error(`Could not run ${options.binary}: ${error.message}`, {
            cause: error,
          }),
        ),
      );
    });

    child.once('exit', (exitCode, exitSignal) => {
      exited = true;
      cleanUp();
      try {
        killGroup();
      } catch (error) {
        void readToEnd().finally(() => reject(error));
        return;
      }
      // A file has an end even while an orphan still holds it open, unlike a pipe.
      readToEnd().then(
        () => resolve({ started: true, exitCode, exitSignal, stop, killed }),
        reject,
      );
    });
  });
}
