import {
  approvalAllowsInfrastructure,
  isLiveStatus,
  workspaceStatusLabels,
} from './statuses';

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

  it('lets only a request that needs no approval or was approved build infrastructure', () => {
    expect(approvalAllowsInfrastructure('not-required')).toBe(true);
    expect(approvalAllowsInfrastructure('approved')).toBe(true);
    expect(approvalAllowsInfrastructure('pending')).toBe(false);
    expect(approvalAllowsInfrastructure('rejected')).toBe(false);
  });
});
