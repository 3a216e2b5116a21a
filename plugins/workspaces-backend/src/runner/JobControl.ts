/** Why a runner stops a job before Terraform is done. */
export type StopReason =
  | { kind: 'cancelled'; by?: string }
  | { kind: 'lease-lost' }
  | { kind: 'runner-stopping' };

/** What the execution of one job is steered by. */
export type JobControl = {
  /** Aborts when the job must stop: Terraform is then interrupted gracefully. */
  signal: AbortSignal;
  /** Why the signal aborted, once it has. */
  stopReason(): StopReason | undefined;
};

/** A JobControl with the means to stop it: the runner's, and the job lease's. */
export type StoppableJobControl = JobControl & {
  /** The first reason wins; later calls change nothing. */
  stop(reason: StopReason): void;
};

/** A JobControl with the means to stop it. */
export function createJobControl(): StoppableJobControl {
  const controller = new AbortController();
  let reason: StopReason | undefined;
  return {
    signal: controller.signal,
    stopReason: () => reason,
    stop(next) {
      if (reason) return;
      reason = next;
      controller.abort();
    },
  };
}
