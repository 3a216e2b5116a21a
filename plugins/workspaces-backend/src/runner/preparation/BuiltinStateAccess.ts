/** What the runner needs from the built-in state backend. */
export interface BuiltinStateAccess {
  /** The `http` backend settings for one component, without any credential. */
  backendConfig(
    workspaceId: string,
    component: string,
  ): Record<string, string | number | boolean>;
  /** A credential for this job and workspace only; it stops working with the job. */
  mintJobCredential(
    jobId: string,
    workspaceId: string,
    expiresAt: string,
  ): Promise<string>;
  revokeJobCredentials(jobId: string): Promise<void>;
  /** Frees state locks a job held, e.g. after its runner died. */
  releaseLocksOfJob(jobId: string): Promise<void>;
}
