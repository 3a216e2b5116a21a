import type { LoggerService } from '@backstage/backend-plugin-api';
import type { NotificationService } from '@backstage/plugin-notifications-node';
import type { WorkspaceRecord } from '../database/WorkspaceStore';
import { nameOf, type DisplayNames } from './EntityDisplayNames';

const refNames: DisplayNames = { of: async ref => nameOf(ref) };

/**
 * Notifications about approvals (Backstage notifications). A failure to notify never
 * fails the change it reports: it is logged, and the event stays in the workspace.
 */
export class WorkspaceNotifier {
  constructor(
    private readonly notifications: NotificationService | undefined,
    private readonly logger: LoggerService,
    private readonly workspaceLink: (workspace: WorkspaceRecord) => string,
    // People read names: "Adrian Admin approved it", not a user entity ref.
    private readonly names: DisplayNames = refNames,
  ) {}

  /** To the approvers (Account Owners and Admins) when a request waits for them. */
  async approvalRequested(workspace: WorkspaceRecord, approvers: string[]) {
    if (approvers.length === 0) {
      this.logger.warn(
        `Workspace ${workspace.externalId} waits for approval but workspaces.roles names no Account Owners or Admins to notify`,
      );
      return;
    }
    await this.send(approvers, workspace, {
      title: `Workspace ${workspace.name} waits for your approval`,
      description: `${await this.nameOf(
        workspace.approval.requestedBy,
      )} asked for workspace ${workspace.name} (${
        workspace.externalId
      }) from stack template ${
        workspace.provisioning.stackTemplate
      }. Approve or reject it on its page.`,
      severity: 'normal',
      topic: 'workspace-approval',
    });
  }

  /** To the requester when their request was approved or rejected. */
  async approvalDecided(workspace: WorkspaceRecord) {
    const { approval } = workspace;
    if (!approval.requestedBy) {
      return;
    }
    const approved = approval.state === 'approved';
    const decider = await this.nameOf(approval.decidedBy);
    await this.send([approval.requestedBy], workspace, {
      title: approved
        ? `Workspace ${workspace.name} was approved`
        : `Workspace ${workspace.name} was rejected`,
      description: approved
        ? `${decider} approved it; provisioning is queued.`
        : `${decider} rejected it: ${approval.comment}`,
      severity: approved ? 'normal' : 'high',
      topic: 'workspace-approval',
    });
  }

  /**
   * To the owner when their workspace became Running, Failed or Deleted. A job someone
   * cancelled is no failure of theirs, so it is told as a stop, not as "failed".
   */
  async statusReached(
    workspace: WorkspaceRecord,
    ending?: { cancelled: boolean; operation: string },
  ) {
    if (workspace.status === 'failed' && ending?.cancelled) {
      await this.send(
        [workspace.owner],
        workspace,
        {
          title: `Workspace ${workspace.name} stopped: ${ending.operation} was cancelled`,
          description: `Nothing went wrong: what Terraform built so far is kept. Retry ${ending.operation} on the workspace page to go on.`,
          severity: 'normal',
          topic: 'workspace-status',
        },
        'status',
      );
      return;
    }
    const sentences: Partial<Record<WorkspaceRecord['status'], string>> = {
      running: `Workspace ${workspace.name} is Running`,
      failed: `Workspace ${workspace.name} failed`,
      deleted: `Workspace ${workspace.name} was deleted`,
    };
    const title = sentences[workspace.status];
    if (!title) return;
    await this.send(
      [workspace.owner],
      workspace,
      {
        title,
        description:
          workspace.status === 'failed'
            ? `${
                workspace.failureReason ?? 'A job failed'
              }. Open the workspace's Events to see why, then retry.`
            : `${workspace.externalId}: see its Events for what changed.`,
        severity: workspace.status === 'failed' ? 'high' : 'normal',
        topic: 'workspace-status',
      },
      'status',
    );
  }

  private async nameOf(entityRef: string | undefined): Promise<string> {
    return entityRef ? this.names.of(entityRef) : 'Someone';
  }

  private async send(
    recipients: string[],
    workspace: WorkspaceRecord,
    payload: {
      title: string;
      description: string;
      severity: 'normal' | 'high';
      topic: string;
    },
    scope: 'approval' | 'status' = 'approval',
  ) {
    if (!this.notifications) {
      return;
    }
    try {
      await this.notifications.send({
        recipients: { type: 'entity', entityRef: recipients },
        payload: {
          ...payload,
          link: this.workspaceLink(workspace),
          // The same scope updates one notification per workspace instead of piling up.
          scope: `workspace:${workspace.id}:${scope}`,
        },
      });
    } catch (error) {
      this.logger.warn(
        `Could not send the notification "${payload.title}": ${error}`,
      );
    }
  }
}
