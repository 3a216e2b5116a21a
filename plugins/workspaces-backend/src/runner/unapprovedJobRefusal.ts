import {
  approvalAllowsInfrastructure,
  approvalStateLabels,
  jobOperationLabels,
  type Job,
} from '@oqullus/plugin-workspaces-common';
import type { WorkspaceRecord } from '../database/WorkspaceStore';

/**
 * Why a claimed job must not run, or undefined when it may. The lifecycle machine
 * refuses to queue such jobs; this catches one queued before a rejection or written
 * to the store directly. Destroying is always allowed: it removes infrastructure.
 */
export function unapprovedJobRefusal(
  job: Pick<Job, 'operation'>,
  workspace: Pick<WorkspaceRecord, 'approval'>,
): string | undefined {
  const approval = workspace.approval.state;
  if (job.operation === 'destroy' || approvalAllowsInfrastructure(approval)) {
    return undefined;
  }
  return `${
    jobOperationLabels[job.operation]
  } was not run: this workspace's request is ${
    approvalStateLabels[approval]
  }, and Terraform builds infrastructure only for an approved request or one that needs no approval; delete the workspace, or create a new one that gets approved`;
}
