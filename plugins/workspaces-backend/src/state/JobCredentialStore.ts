/** What a job credential lets Terraform act as: one job, on one workspace. */
export type JobCredentialSubject = {
  jobId: string;
  workspaceId: string;
  /** Who asked for the job: recorded as the author of the state versions it writes. */
  requestedBy: string;
};

/**
 * Credentials for Terraform's http backend, minted per job. Only their SHA-256 is
 * stored. A credential works while it is unrevoked and unexpired and its job is still
 * running under an unexpired lease, so it dies with the job even if nobody revokes it.
 */
export interface JobCredentialStore {
  /** A new random credential (32 bytes, base64url) for the job, valid until `expiresAt`. */
  mint(jobId: string, workspaceId: string, expiresAt: string): Promise<string>;
  /** Whom the credential stands for at `now`, or undefined when it is not valid. */
  verify(token: string, now: string): Promise<JobCredentialSubject | undefined>;
  /** Ends every credential of the job at once (the runner calls it when the job ends). */
  revokeForJob(jobId: string, revokedAt?: string): Promise<void>;
}
