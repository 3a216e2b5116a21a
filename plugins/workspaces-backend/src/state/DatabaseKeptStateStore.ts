import type { KeptState } from '@oqullus/plugin-workspaces-common';
import type { Knex } from 'knex';
import {
  timeFromColumn,
  timeToColumn,
  type TimeColumn,
} from '../database/columnValues';
import type { KeptStateDocument, KeptStateStore } from './KeptStateStore';

type KeptStateRow = {
  job_id: string;
  workspace_id: string;
  component: string;
  serial: number | string;
  lineage: string;
  checksum: string;
  reason: string;
  kept_at: TimeColumn;
  state?: string;
};

const summaryColumns = ['job_id', 'component', 'serial', 'reason', 'kept_at'];

function summaryFromRow(row: KeptStateRow): KeptState {
  return {
    jobId: row.job_id,
    component: row.component,
    serial: Number(row.serial),
    reason: row.reason,
    keptAt: timeFromColumn(row.kept_at),
  };
}

/** KeptStateStore on Knex: the `kept_states` table. */
export class DatabaseKeptStateStore implements KeptStateStore {
  constructor(private readonly db: Knex) {}

  async keep(state: KeptStateDocument): Promise<void> {
    await this.db('kept_states')
      .insert({
        job_id: state.jobId,
        workspace_id: state.workspaceId,
        component: state.component,
        serial: state.serial,
        lineage: state.lineage,
        checksum: state.checksum,
        reason: state.reason,
        kept_at: timeToColumn(state.keptAt),
        state: state.state,
      })
      .onConflict(['job_id', 'component'])
      .merge();
  }

  async listPending(workspaceId: string): Promise<KeptState[]> {
    const rows: KeptStateRow[] = await this.db('kept_states')
      .where({ workspace_id: workspaceId })
      .whereNull('pushed_at')
      .orderBy('id', 'asc')
      .select(summaryColumns);
    return rows.map(summaryFromRow);
  }

  async get(
    jobId: string,
    component: string,
  ): Promise<KeptStateDocument | undefined> {
    const row: KeptStateRow | undefined = await this.db('kept_states')
      .where({ job_id: jobId, component })
      .whereNull('pushed_at')
      .first();
    return (
      row && {
        ...summaryFromRow(row),
        workspaceId: row.workspace_id,
        lineage: row.lineage,
        checksum: row.checksum,
        state: row.state ?? '',
      }
    );
  }

  async markPushed(
    jobId: string,
    component: string,
    by: string,
    at: string,
  ): Promise<boolean> {
    const updated = await this.db('kept_states')
      .where({ job_id: jobId, component })
      .whereNull('pushed_at')
      .update({ pushed_at: timeToColumn(at), pushed_by: by });
    return updated === 1;
  }
}
