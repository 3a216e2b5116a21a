import type { Knex } from 'knex';
import { jobFromRow, type JobRow } from './jobRows';
import type { JobStep } from '@oqullus/plugin-workspaces-common';
import {
  jsonToColumn,
  timeFromColumn,
  timeToColumn,
  type TimeColumn,
} from './columnValues';
import type { JobQueueStore, LeasedJob } from './JobQueueStore';

type LeasedJobRow = JobRow & {
  lease_owner: string;
  lease_expires_at: TimeColumn;
};

function leasedJobFromRow(row: LeasedJobRow): LeasedJob {
  return {
    ...jobFromRow(row),
    leaseOwner: row.lease_owner,
    leaseExpiresAt: timeFromColumn(row.lease_expires_at),
  };
}

// How many queued jobs one claim looks at: enough to skip past workspaces that are busy.
const CANDIDATES = 10;

/** JobQueueStore on Knex. */
export class DatabaseJobQueueStore implements JobQueueStore {
  constructor(private readonly db: Knex) {}

  async claimNext(options: {
    owner: string;
    now: string;
    leaseExpiresAt: string;
  }): Promise<LeasedJob | undefined> {
    const candidates = await this.db<JobRow>('jobs as queued')
      .select('queued.id')
      .where('queued.status', 'queued')
      // A job being cancelled may still run: the next job of that workspace waits.
      .whereNotExists(
        this.db('jobs as running')
          .select(this.db.raw('1'))
          .whereRaw('running.workspace_id = queued.workspace_id')
          .andWhere('running.status', 'running'),
      )
      .orderBy('queued.created_at', 'asc')
      .orderBy('queued.id', 'asc')
      .limit(CANDIDATES);
    for (const { id } of candidates) {
      const [row] = await this.db<LeasedJobRow>('jobs')
        .where({ id, status: 'queued' })
        .update({
          status: 'running',
          lease_owner: options.owner,
          lease_expires_at: timeToColumn(options.leaseExpiresAt),
          heartbeat_at: timeToColumn(options.now),
          started_at: timeToColumn(options.now),
        } as Partial<LeasedJobRow>)
        .returning('*');
      if (row) {
        return leasedJobFromRow(row);
      }
      // Another runner won this one: try the next candidate.
    }
    return undefined;
  }

  async heartbeat(
    jobId: string,
    owner: string,
    now: string,
    leaseExpiresAt: string,
  ): Promise<boolean> {
    const updated = await this.db('jobs')
      .where({ id: jobId, status: 'running', lease_owner: owner })
      .update({
        heartbeat_at: timeToColumn(now),
        lease_expires_at: timeToColumn(leaseExpiresAt),
      });
    return updated === 1;
  }

  async holdLease(jobId: string, owner: string): Promise<boolean> {
    // Writes the owner it matched: a change of nothing that still takes the row's lock.
    const updated = await this.db('jobs')
      .where({ id: jobId, status: 'running', lease_owner: owner })
      .update({ lease_owner: owner });
    return updated === 1;
  }

  async requeue(
    jobId: string,
    owner: string,
    steps: JobStep[],
  ): Promise<boolean> {
    const updated = await this.db('jobs')
      .where({ id: jobId, status: 'running', lease_owner: owner })
      .whereNull('cancel_requested_at')
      .update({
        status: 'queued',
        steps: jsonToColumn(steps),
        lease_owner: null,
        lease_expires_at: null,
        heartbeat_at: null,
      });
    return updated === 1;
  }

  async listExpired(now: string): Promise<LeasedJob[]> {
    const rows = await this.db<LeasedJobRow>('jobs')
      .where('status', 'running')
      .andWhere('lease_expires_at', '<', timeToColumn(now))
      .orderBy('lease_expires_at', 'asc');
    return rows.map(leasedJobFromRow);
  }

  async listRunning(): Promise<LeasedJob[]> {
    const rows = await this.db<LeasedJobRow>('jobs').where('status', 'running');
    return rows.map(leasedJobFromRow);
  }

  async takeOver(options: {
    jobId: string;
    from: string;
    to: string;
    now: string;
    leaseExpiresAt: string;
    onlyIfExpired: boolean;
  }): Promise<boolean> {
    const query = this.db('jobs').where({
      id: options.jobId,
      status: 'running',
      lease_owner: options.from,
    });
    if (options.onlyIfExpired) {
      query.andWhere('lease_expires_at', '<', timeToColumn(options.now));
    }
    const updated = await query.update({
      lease_owner: options.to,
      heartbeat_at: timeToColumn(options.now),
      lease_expires_at: timeToColumn(options.leaseExpiresAt),
    });
    return updated === 1;
  }
}
