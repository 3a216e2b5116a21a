import type { Knex } from 'knex';
import { timeToColumn } from './columnValues';
import type { IdempotencyStore, IdempotentReplay } from './IdempotencyStore';

type IdempotencyRow = {
  principal: string;
  key: string;
  request_hash: string;
  workspace_id: string;
  created_at: string | Date;
};

/** IdempotencyStore on Knex. */
export class DatabaseIdempotencyStore implements IdempotencyStore {
  constructor(private readonly db: Knex) {}

  async record(entry: {
    principal: string;
    key: string;
    requestHash: string;
    workspaceId: string;
    createdAt: string;
  }): Promise<boolean> {
    // ON CONFLICT DO NOTHING rather than catching an error: a failed insert would abort
    // the caller's whole transaction on PostgreSQL, before it decides what to do.
    const inserted = await this.db<IdempotencyRow>('idempotency_keys')
      .insert({
        principal: entry.principal,
        key: entry.key,
        request_hash: entry.requestHash,
        workspace_id: entry.workspaceId,
        created_at: timeToColumn(entry.createdAt),
      })
      .onConflict(['principal', 'key'])
      .ignore()
      .returning('key');
    return inserted.length > 0;
  }

  async find(
    principal: string,
    key: string,
  ): Promise<IdempotentReplay | undefined> {
    const row = await this.db<IdempotencyRow>('idempotency_keys')
      .select('request_hash', 'workspace_id')
      .where({ principal, key })
      .first();
    return (
      row && { workspaceId: row.workspace_id, requestHash: row.request_hash }
    );
  }
}
