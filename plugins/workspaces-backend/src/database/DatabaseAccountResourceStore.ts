import { ConflictError } from '@backstage/errors';
import type {
  AccountResourceKind,
  AccountResourceValidation,
} from '@oqullus/plugin-workspaces-common';
import type { Knex } from 'knex';
import type {
  AccountResourceStore,
  StoredAccountResource,
} from './AccountResourceStore';
import {
  jsonFromColumn,
  jsonToColumn,
  optionalFromColumn,
  optionalTimeFromColumn,
  optionalTimeToColumn,
  timeFromColumn,
  timeToColumn,
  type TimeColumn,
  withoutUndefined,
} from './columnValues';
import { uniqueViolationOf } from './uniqueViolation';

type ResourceRow = {
  kind: AccountResourceKind;
  name: string;
  title: string;
  description: string | null;
  owner: string | null;
  spec: string;
  created_by: string;
  created_at: TimeColumn;
  updated_at: TimeColumn;
};

type CheckRow = {
  kind: AccountResourceKind;
  name: string;
  status: AccountResourceValidation['status'];
  messages: string;
  checked_at: TimeColumn | null;
};

const kindNames: Record<AccountResourceKind, string> = {
  'stack-templates': 'stack template',
  'cloud-credentials': 'cloud credential',
  'state-storages': 'state storage',
  networks: 'network',
};

/** AccountResourceStore on Knex. */
export class DatabaseAccountResourceStore implements AccountResourceStore {
  constructor(private readonly db: Knex) {}

  async list(kind: AccountResourceKind): Promise<StoredAccountResource[]> {
    const rows: ResourceRow[] = await this.db<ResourceRow>('account_resources')
      .where({ kind })
      .orderBy('name');
    return rows.map(resourceFromRow);
  }

  async get(
    kind: AccountResourceKind,
    name: string,
  ): Promise<StoredAccountResource | undefined> {
    const row = await this.db<ResourceRow>('account_resources')
      .where({ kind, name })
      .first();
    return row && resourceFromRow(row);
  }

  async insert(
    resource: StoredAccountResource,
  ): Promise<StoredAccountResource> {
    try {
      // A savepoint inside a caller's transaction: a conflict leaves that transaction usable.
      const [row] = await this.db.transaction(trx =>
        trx<ResourceRow>('account_resources')
          .insert({
            kind: resource.kind,
            name: resource.name,
            created_by: resource.createdBy,
            created_at: timeToColumn(resource.createdAt),
            ...changeableColumns(resource),
          })
          .returning('*'),
      );
      return resourceFromRow(row);
    } catch (error) {
      if (uniqueViolationOf(error)) {
        throw new ConflictError(
          `A ${kindNames[resource.kind]} named '${
            resource.name
          }' already exists; choose another name, or update the existing one`,
        );
      }
      throw error;
    }
  }

  async update(
    resource: StoredAccountResource,
  ): Promise<StoredAccountResource | undefined> {
    // Who created it and when stay as they were.
    const [row] = await this.db<ResourceRow>('account_resources')
      .where({ kind: resource.kind, name: resource.name })
      .update(changeableColumns(resource))
      .returning('*');
    return row && resourceFromRow(row);
  }

  async delete(kind: AccountResourceKind, name: string): Promise<boolean> {
    return this.db.transaction(async trx => {
      await trx('account_resource_checks').where({ kind, name }).delete();
      const deleted = await trx('account_resources')
        .where({ kind, name })
        .delete();
      return deleted > 0;
    });
  }

  async getValidation(
    kind: AccountResourceKind,
    name: string,
  ): Promise<AccountResourceValidation | undefined> {
    const row = await this.db<CheckRow>('account_resource_checks')
      .where({ kind, name })
      .first();
    return (
      row &&
      withoutUndefined({
        status: row.status,
        messages: jsonFromColumn<string[]>(row.messages),
        checkedAt: optionalTimeFromColumn(row.checked_at),
      })
    );
  }

  async setValidation(
    kind: AccountResourceKind,
    name: string,
    validation: AccountResourceValidation,
  ): Promise<void> {
    await this.db<CheckRow>('account_resource_checks')
      .insert({
        kind,
        name,
        status: validation.status,
        messages: jsonToColumn(validation.messages),
        checked_at: optionalTimeToColumn(validation.checkedAt),
      })
      .onConflict(['kind', 'name'])
      .merge(['status', 'messages', 'checked_at']);
  }
}

function changeableColumns(resource: StoredAccountResource) {
  return {
    title: resource.title,
    description: resource.description ?? null,
    owner: resource.owner ?? null,
    spec: jsonToColumn(resource.spec),
    updated_at: timeToColumn(resource.updatedAt),
  };
}

function resourceFromRow(row: ResourceRow): StoredAccountResource {
  return withoutUndefined({
    kind: row.kind,
    name: row.name,
    title: row.title,
    description: optionalFromColumn(row.description),
    owner: optionalFromColumn(row.owner),
    spec: jsonFromColumn<Record<string, unknown>>(row.spec),
    createdBy: row.created_by,
    createdAt: timeFromColumn(row.created_at),
    updatedAt: timeFromColumn(row.updated_at),
  });
}
