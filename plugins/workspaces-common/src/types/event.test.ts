import { workspaceEventTypes, type WorkspaceEvent } from './event';

describe('workspace events', () => {
  it('lists every event type once', () => {
    expect([...workspaceEventTypes].sort()).toEqual(
      [
        'workspace.created',
        'approval.requested',
        'approval.granted',
        'approval.rejected',
        'status.changed',
        'job.queued',
        'job.started',
        'job.finished',
        'job.cancelled',
        'job.step-skipped',
        'member.added',
        'member.removed',
        'member.role-changed',
        'settings.changed',
        'state.pushed',
        'state.kept',
        'state.unlocked',
        'terraform.resource',
        'terraform.diagnostic',
        'terraform.change-summary',
        'app.synced',
      ].sort(),
    );
  });

  it('narrows the data by type', () => {
    const event: WorkspaceEvent = {
      id: '42',
      workspaceId: 'b9f7c1de-1111-4a4a-9a9a-000000000001',
      createdAt: '2026-11-28T10:00:00.000Z',
      level: 'info',
      message: 'Status changed from Provisioning to Running',
      type: 'status.changed',
      data: { from: 'provisioning', to: 'running' },
    };

    const to = event.type === 'status.changed' ? event.data.to : undefined;
    expect(to).toBe('running');
  });
});
