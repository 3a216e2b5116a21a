import { allowedOperations } from './decideOperation';
import { operationToJob } from './operations';

describe('allowedOperations', () => {
  it('decides every operation for a Running workspace, whoever asks', () => {
    const decisions = allowedOperations({
      status: 'running',
      approval: 'not-required',
      activeJob: null,
    });

    expect(Object.keys(decisions).sort()).toEqual(
      [
        'approve',
        'cancel',
        'delete',
        'provision',
        'reject',
        'sync-apps',
        'sync-infrastructure',
      ].sort(),
    );
    expect(decisions['sync-apps']).toEqual({ allowed: true });
    expect(decisions['sync-infrastructure']).toEqual({ allowed: true });
    expect(decisions.provision).toMatchObject({
      allowed: false,
      code: 'wrong-status',
    });
    // Who may delete is the permission policy's decision, not the machine's.
    expect(decisions.delete).toEqual({ allowed: true });
    expect(decisions.approve).toMatchObject({
      allowed: false,
      code: 'wrong-status',
    });
    expect(decisions.cancel).toMatchObject({
      allowed: false,
      code: 'wrong-status',
    });
  });

  it('allows cancel or delete while a job runs, but not starting another', () => {
    const decisions = allowedOperations({
      status: 'running',
      approval: 'approved',
      activeJob: { operation: 'sync-apps' },
    });

    expect(decisions.cancel).toEqual({ allowed: true });
    expect(decisions.delete).toEqual({ allowed: true });
    expect(decisions['sync-apps']).toMatchObject({ code: 'busy' });
    expect(decisions['sync-infrastructure']).toMatchObject({ code: 'busy' });
  });
});

describe('operationToJob', () => {
  it.each([
    ['provision', 'provision'],
    ['sync-infrastructure', 'sync-infrastructure'],
    ['sync-apps', 'sync-apps'],
    ['delete', 'destroy'],
    ['approve', null],
    ['reject', null],
    ['cancel', null],
  ] as const)('maps %s to %s', (operation, job) => {
    expect(operationToJob(operation)).toBe(job);
  });
});
