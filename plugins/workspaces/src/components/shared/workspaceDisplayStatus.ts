import {
  workspaceStatusLabels,
  type ApprovalState,
  type WorkspaceStatus,
} from '@oqullus/plugin-workspaces-common';

/**
 * What a workspace's chip says: its status, except that a Created workspace
 * waiting for, or refused, approval says so. The data keeps status `created`;
 * only what people read changes.
 */
export type WorkspaceDisplayStatus =
  | WorkspaceStatus
  | 'awaiting-approval'
  | 'rejected';

/**
 * The one place that turns status and approval into what the chip shows, so
 * lists, headers and entity pages agree.
 */
export function workspaceDisplayStatus(
  status: WorkspaceStatus,
  approval?: ApprovalState,
): WorkspaceDisplayStatus {
  if (status === 'created' && approval === 'pending') {
    return 'awaiting-approval';
  }
  if (status === 'created' && approval === 'rejected') {
    return 'rejected';
  }
  return status;
}

/**
 * The chip's words for each display status.
 */
export const workspaceDisplayStatusLabels: Readonly<
  Record<WorkspaceDisplayStatus, string>
> = {
  ...workspaceStatusLabels,
  'awaiting-approval': 'Awaiting approval',
  rejected: 'Rejected',
};
