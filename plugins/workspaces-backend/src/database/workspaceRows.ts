import type {
  ApprovalState,
  WorkspaceApp,
  WorkspaceApproval,
  WorkspaceStatus,
} from '@oqullus/plugin-workspaces-common';
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
import type { WorkspacePatch, WorkspaceRecord } from './WorkspaceStore';

/** A row of the `workspaces` table, as the drivers return it. */
export type WorkspaceRow = {
  id: string;
  external_id: string;
  name: string;
  description: string | null;
  owner: string;
  status: WorkspaceStatus;
  approval_state: ApprovalState;
  approval_requested_by: string | null;
  approval_requested_at: TimeColumn | null;
  approval_decided_by: string | null;
  approval_decided_at: TimeColumn | null;
  approval_comment: string | null;
  stack_template: string;
  cloud_credential: string;
  state_storage: string;
  network: string | null;
  parameters: string;
  labels: string;
  outputs: string;
  apps: string;
  failure_reason: string | null;
  created_by: string;
  created_at: TimeColumn;
  updated_at: TimeColumn;
  last_activity_at: TimeColumn;
};

export function workspaceFromRow(row: WorkspaceRow): WorkspaceRecord {
  const approval: WorkspaceApproval = withoutUndefined({
    state: row.approval_state,
    requestedBy: optionalFromColumn(row.approval_requested_by),
    requestedAt: optionalTimeFromColumn(row.approval_requested_at),
    decidedBy: optionalFromColumn(row.approval_decided_by),
    decidedAt: optionalTimeFromColumn(row.approval_decided_at),
    comment: optionalFromColumn(row.approval_comment),
  });
  return withoutUndefined({
    id: row.id,
    externalId: row.external_id,
    name: row.name,
    description: optionalFromColumn(row.description),
    owner: row.owner,
    status: row.status,
    approval,
    provisioning: withoutUndefined({
      stackTemplate: row.stack_template,
      cloudCredential: row.cloud_credential,
      stateStorage: row.state_storage,
      network: optionalFromColumn(row.network),
    }),
    parameters: jsonFromColumn<Record<string, unknown>>(row.parameters),
    labels: jsonFromColumn<Record<string, string>>(row.labels),
    outputs: jsonFromColumn<Record<string, unknown>>(row.outputs),
    apps: jsonFromColumn<WorkspaceApp[]>(row.apps),
    failureReason: optionalFromColumn(row.failure_reason),
    createdBy: row.created_by,
    createdAt: timeFromColumn(row.created_at),
    updatedAt: timeFromColumn(row.updated_at),
    lastActivityAt: timeFromColumn(row.last_activity_at),
  });
}

export function workspaceToRow(
  record: WorkspaceRecord,
): Record<string, unknown> {
  return {
    id: record.id,
    external_id: record.externalId,
    stack_template: record.provisioning.stackTemplate,
    cloud_credential: record.provisioning.cloudCredential,
    state_storage: record.provisioning.stateStorage,
    network: record.provisioning.network ?? null,
    owner: record.owner,
    created_by: record.createdBy,
    created_at: timeToColumn(record.createdAt),
    ...workspacePatchToRow(record),
  };
}

/**
 * The columns a patch sets. A required field left undefined is not touched; an optional
 * one present as undefined (`failureReason: undefined`) is cleared.
 */
export function workspacePatchToRow(
  patch: WorkspacePatch,
): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  const has = (key: keyof WorkspacePatch) =>
    Object.prototype.hasOwnProperty.call(patch, key);
  if (patch.name !== undefined) row.name = patch.name;
  if (has('description')) row.description = patch.description ?? null;
  if (patch.status !== undefined) row.status = patch.status;
  if (patch.approval !== undefined) {
    row.approval_state = patch.approval.state;
    row.approval_requested_by = patch.approval.requestedBy ?? null;
    row.approval_requested_at = optionalTimeToColumn(
      patch.approval.requestedAt,
    );
    row.approval_decided_by = patch.approval.decidedBy ?? null;
    row.approval_decided_at = optionalTimeToColumn(patch.approval.decidedAt);
    row.approval_comment = patch.approval.comment ?? null;
  }
  if (patch.parameters !== undefined) {
    row.parameters = jsonToColumn(patch.parameters);
  }
  if (patch.labels !== undefined) row.labels = jsonToColumn(patch.labels);
  if (patch.outputs !== undefined) row.outputs = jsonToColumn(patch.outputs);
  if (patch.apps !== undefined) row.apps = jsonToColumn(patch.apps);
  if (has('failureReason')) row.failure_reason = patch.failureReason ?? null;
  if (patch.updatedAt !== undefined) {
    row.updated_at = timeToColumn(patch.updatedAt);
  }
  if (patch.lastActivityAt !== undefined) {
    row.last_activity_at = timeToColumn(patch.lastActivityAt);
  }
  return row;
}
