import { isLiveStatus, workspaceStatusLabels } from './statuses';

describe('statuses', () => {
  it('treats everything but Deleted as live', () => {
    expect(isLiveStatus('created')).toBe(true);
    expect(isLiveStatus('provisioning')).toBe(true);
    expect(isLiveStatus('running')).toBe(true);
    expect(isLiveStatus('failed')).toBe(true);
    expect(isLiveStatus('deleting')).toBe(true);
    expect(isLiveStatus('deleted')).toBe(false);
  });

  it('labels statuses as the product names them', () => {
    expect(Object.values(workspaceStatusLabels)).toEqual([
      'Created',
      'Provisioning',
      'Running',
      'Failed',
      'Deleting',
      'Deleted',
    ]);
  });
});
