import { createHash, randomBytes } from 'node:crypto';
import type { Knex } from 'knex';
import { timeToColumn } from '../database/columnValues';
import type {
  JobCredentialStore,
  JobCredentialSubject,
} from './JobCredentialStore';

/** The stored form of a credential: a leaked table row does not let anyone in. */
export function hashJobCredential(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** JobCredentialStore on Knex: `job_credentials`, checked against the job's lease in `jobs`. */
export class DatabaseJobCredentialStore implements JobCredentialStore {
  constructor(
    private readonly db: Knex,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async mint(
    jobId: string,
    workspaceId: string,
    expiresAt: string,
  ): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await this.db('job_credentials').insert({
      token_hash: hashJobCredential(token),
      job_id: jobId,
      workspace_id: workspaceId,
      created_at: timeToColumn(this.clock().toISOString()),
      expires_at: timeToColumn(expiresAt),
      revoked_at: null,
    });
    return token;
  }

  async verify(
    token: string,
    now: string,
  ): Promise<JobCredentialSubject | undefined> {
    const at = timeToColumn(now);
    const row:
      | { job_id: string; workspace_id: string; requested_by: string }
      | undefined = await this.db('job_credentials as c')
      // The job must belong to the credential's workspace: a credential minted with
      // the wrong workspace by mistake opens nothing.
      .join('jobs as j', function joinOwnJob() {
        this.on('j.id', '=', 'c.job_id').andOn(
          'j.workspace_id',
          '=',
          'c.workspace_id',
        );
      })
      .where('c.token_hash', hashJobCredential(token))
      .whereNull('c.revoked_at')
      .where('c.expires_at', '>', at)
      .where('j.status', 'running')
      .where('j.lease_expires_at', '>', at)
      .first('c.job_id', 'c.workspace_id', 'j.requested_by');
    return (
      row && {
        jobId: row.job_id,
        workspaceId: row.workspace_id,
        requestedBy: row.requested_by,
      }
    );
  }

  async revokeForJob(
    jobId: string,
    revokedAt: string = this.clock().toISOString(),
  ): Promise<void> {
    await this.db('job_credentials')
      .where({ job_id: jobId })
      .whereNull('revoked_at')
      .update({ revoked_at: timeToColumn(revokedAt) });
  }
}
