import type {
  Job,
  JobOperation,
  JobStatus,
  JobStep,
} from '@oqullus/plugin-workspaces-common';
import type { Knex } from 'knex';
import { jsonFromColumn } from './columnValues';
import { jobFromRow, jobPatchToRow, newJobToRow, type JobRow } from './jobRows';
import {
  ActiveJobExistsError,
  type JobPatch,
  type JobStore,
  type NewJob,
} from './JobStore';
import { uniqueViolationOf } from './uniqueViolation';

const activeStatuses: JobStatus[] = ['queued', 'running'];

/** JobStore on Knex; the one-active-job rule is the partial unique index of the schema. */
export class DatabaseJobStore implements JobStore {
  constructor(private readonly db: Knex) {}

  async insert(job: NewJob): Promise<Job> {
    try {
      // A savepoint inside a caller's transaction: a conflict leaves that transaction usable.
      const [row] = await this.db.transaction(trx =>
        trx<JobRow>('jobs').insert(newJobToRow(job)).returning('*'),
      );
      return jobFromRow(row);
    } catch (error) {
      const violation = uniqueViolationOf(error);
      // The primary key is a fresh UUID; any other unique index is the one-active-job one.
      if (violation && !violation.onPrimaryKey) {
        throw new ActiveJobExistsError(job.workspaceId);
      }
      throw error;
    }
  }

  async get(id: string): Promise<Job | undefined> {
    const row = await this.db<JobRow>('jobs').where({ id }).first();
    return row && jobFromRow(row);
  }

  async getActive(workspaceId: string): Promise<Job | undefined> {
    const row = await this.db<JobRow>('jobs')
      .where({ workspace_id: workspaceId })
      .whereIn('status', activeStatuses)
      .whereNull('cancel_requested_at')
      .first();
    return row && jobFromRow(row);
  }

  async getActiveForWorkspaces(
    workspaceIds: string[],
  ): Promise<Map<string, Job>> {
    if (workspaceIds.length === 0) {
      return new Map();
    }
    const rows: JobRow[] = await this.db<JobRow>('jobs')
      .whereIn('workspace_id', workspaceIds)
      .whereIn('status', activeStatuses)
      .whereNull('cancel_requested_at');
    return new Map(rows.map(row => [row.workspace_id, jobFromRow(row)]));
  }

  async listForWorkspace(
    workspaceId: string,
    options: { limit: number; operation?: JobOperation },
  ): Promise<Job[]> {
    const query = this.db<JobRow>('jobs').where({ workspace_id: workspaceId });
    if (options.operation) {
      query.where({ operation: options.operation });
    }
    const rows: JobRow[] = await query
      .orderBy([
        { column: 'created_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      .limit(options.limit);
    return rows.map(jobFromRow);
  }

  async listStartedSteps(workspaceId: string): Promise<Set<string>> {
    const rows: Pick<JobRow, 'steps'>[] = await this.db<JobRow>('jobs')
      .where({ workspace_id: workspaceId })
      .whereNotNull('started_at')
      .select('steps');
    const started = new Set<string>();
    for (const row of rows) {
      for (const step of jsonFromColumn<JobStep[]>(row.steps)) {
        if (step.startedAt) started.add(step.name);
      }
    }
    return started;
  }

  async update(
    id: string,
    patch: JobPatch,
    options?: { expectedStatuses?: JobStatus[] },
  ): Promise<Job | undefined> {
    const query = this.db<JobRow>('jobs').where({ id });
    if (options?.expectedStatuses) {
      query.whereIn('status', options.expectedStatuses);
    }
    const values = jobPatchToRow(patch);
    if (Object.keys(values).length === 0) {
      const row = await query.first();
      return row && jobFromRow(row);
    }
    // One statement: the guard and the write cannot be separated by another writer.
    const [row] = await query.update(values).returning('*');
    return row && jobFromRow(row);
  }
}
