import {
  approvalStates,
  workspaceStatuses,
} from '@oqullus/plugin-workspaces-common';
import { workspaceDisplayStatus } from './workspaceDisplayStatus';

describe('workspaceDisplayStatus', () => {
  it('says a Created workspace awaits approval or was rejected', () => {
    expect(workspaceDisplayStatus('created', 'pending')).toBe(
      'awaiting-approval',
    );
    expect(workspaceDisplayStatus('created', 'rejected')).toBe('rejected');
    expect(workspaceDisplayStatus('created', 'approved')).toBe('created');
    expect(workspaceDisplayStatus('created')).toBe('created');
  });

  it('shows every other status as it is, whatever the approval', () => {
    for (const status of workspaceStatuses.filter(s => s !== 'created')) {
      for (const approval of approvalStates) {
        expect(workspaceDisplayStatus(status, approval)).toBe(status);
      }
    }
  });
});
