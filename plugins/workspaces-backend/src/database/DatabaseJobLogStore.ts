import type { Knex } from 'knex';
import { timeFromColumn, timeToColumn, type TimeColumn } from './columnValues';
import type {
  JobLogChunk,
  JobLogPage,
} from '@oqullus/plugin-workspaces-common';
import type { JobLogStore } from './JobLogStore';

type JobLogRow = {
  job_id: string;
  seq: number;
  text: string;
  created_at: TimeColumn;
  step: string | null;
};

/** JobLogStore on Knex. */
export class DatabaseJobLogStore implements JobLogStore {
  constructor(private readonly db: Knex) {}

  async append(
    jobId: string,
    texts: string[],
    createdAt: string,
    step?: string,
  ): Promise<JobLogChunk[]> {
    if (texts.length === 0) return [];
    const last = await this.db<JobLogRow>('job_logs')
      .where('job_id', jobId)
      .max({ seq: 'seq' })
      .first();
    const first = Number(last?.seq ?? 0) + 1;
    const rows: JobLogRow[] = texts.map((text, index) => ({
      job_id: jobId,
      seq: first + index,
      text,
      created_at: timeToColumn(createdAt),
      step: step ?? null,
    }));
    await this.db<JobLogRow>('job_logs').insert(rows);
    return rows.map(row => chunkOf(row, createdAt));
  }

  async list(
    jobId: string,
    options: { after?: number; limit: number },
  ): Promise<JobLogPage> {
    const rows = await this.db<JobLogRow>('job_logs')
      .where('job_id', jobId)
      .andWhere('seq', '>', options.after ?? 0)
      .orderBy('seq', 'asc')
      .limit(options.limit);
    const items = rows.map(row => chunkOf(row, timeFromColumn(row.created_at)));
    const last = items.at(-1)?.seq ?? options.after;
    return last === undefined ? { items } : { items, nextCursor: String(last) };
  }
}

function chunkOf(row: JobLogRow, createdAt: string): JobLogChunk {
  return {
    seq: Number(row.seq),
    text: row.text,
    createdAt,
    ...(row.step ? { step: row.step } : {}),
  };
}
