import { mockServices } from '@backstage/backend-test-utils';
import type { NotificationService } from '@backstage/plugin-notifications-node';
import type { WorkspaceRecord } from '../database/WorkspaceStore';
import { WorkspaceNotifier } from './WorkspaceNotifier';

function recordingNotifier() {
  const sent: Array<Parameters<NotificationService['send']>[0]> = [];
  const notifications: NotificationService = {
    send: async notification => {
      sent.push(notification);
    },
  };
  const notifier = new WorkspaceNotifier(
    notifications,
    mockServices.logger.mock(),
    workspace => `http://localhost:3000/workspaces/${workspace.id}`,
  );
  return { notifier, sent };
}

// Only the fields the notifier reads.
const failedWorkspace = {
  id: 'ws-1',
  externalId: 'ws-abc',
  name: 'Lakehouse dev',
  owner: 'user:default/dana.dev',
  status: 'failed',
  failureReason: 'Provision Infrastructure was cancelled',
} as WorkspaceRecord;

describe('WorkspaceNotifier.statusReached', () => {
  it('tells the owner of a cancelled job that it stopped, not that it failed', async () => {
    const { notifier, sent } = recordingNotifier();
    await notifier.statusReached(failedWorkspace, {
      cancelled: true,
      operation: 'Provision Infrastructure',
    });
    expect(sent.map(n => [n.recipients, n.payload])).toEqual([
      [
        { type: 'entity', entityRef: ['user:default/dana.dev'] },
        expect.objectContaining({
          title:
            'Workspace Lakehouse dev stopped: Provision Infrastructure was cancelled',
          description:
            'Nothing went wrong: what Terraform built so far is kept. Retry Provision Infrastructure on the workspace page to go on.',
          severity: 'normal',
        }),
      ],
    ]);
  });

  it('still reports a job that failed as a failure', async () => {
    const { notifier, sent } = recordingNotifier();
    await notifier.statusReached(
      { ...failedWorkspace, failureReason: 'Apply failed' },
      { cancelled: false, operation: 'Provision Infrastructure' },
    );
    expect(sent.map(n => [n.payload.title, n.payload.severity])).toEqual([
      ['Workspace Lakehouse dev failed', 'high'],
    ]);
  });
});
