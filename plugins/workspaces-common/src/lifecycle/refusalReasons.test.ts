import {
  decideOperation,
  type OperationDecisionInput,
} from './decideOperation';

function reasonFor(input: OperationDecisionInput): string {
  const decision = decideOperation(input);
  if (decision.allowed) {
    throw new Error('expected a refusal');
  }
  return decision.reason;
}

const base: OperationDecisionInput = {
  operation: 'sync-apps',
  status: 'running',
  approval: 'not-required',
  activeJob: null,
};

describe('refusal reasons', () => {
  it('tells the user to retry provisioning when syncing apps on a Failed workspace', () => {
    expect(reasonFor({ ...base, status: 'failed' })).toBe(
      'Sync Apps needs a Running workspace; this one is Failed: retry Provision Infrastructure first',
    );
  });

  it('asks for approval before provisioning a pending workspace', () => {
    expect(
      reasonFor({
        ...base,
        operation: 'provision',
        status: 'created',
        approval: 'pending',
      }),
    ).toBe(
      'Provision Infrastructure needs approval first: ask an Account Owner or Admin to approve it',
    );
  });

  it('says to delete or recreate a rejected workspace', () => {
    expect(
      reasonFor({
        ...base,
        operation: 'provision',
        status: 'created',
        approval: 'rejected',
      }),
    ).toMatch(/rejected; delete it or create a new workspace$/);
  });

  it('keeps a rejected request closed once a failed delete left it Failed', () => {
    expect(
      reasonFor({
        ...base,
        operation: 'provision',
        status: 'failed',
        approval: 'rejected',
      }),
    ).toBe(
      'Provision Infrastructure cannot run: the request for this Failed workspace was rejected; delete it or create a new workspace',
    );
  });

  it('says a request still pending outside Created can no longer be approved', () => {
    expect(
      reasonFor({ ...base, operation: 'sync-apps', approval: 'pending' }),
    ).toBe(
      'Sync Apps cannot run: the request for this Running workspace was never approved, and only a Created workspace can be approved; delete it or create a new workspace',
    );
  });

  it('points to Sync Infrastructure when provisioning a Running workspace', () => {
    expect(reasonFor({ ...base, operation: 'provision' })).toBe(
      'Provision Infrastructure needs a Created or Failed workspace; this one is Running: use Sync Infrastructure instead',
    );
  });

  it('names the job in progress when busy', () => {
    expect(
      reasonFor({ ...base, activeJob: { operation: 'sync-infrastructure' } }),
    ).toBe(
      'Sync Apps must wait: Sync Infrastructure is in progress; wait for it to finish or cancel it',
    );
  });

  it('says a Deleted workspace allows nothing', () => {
    expect(reasonFor({ ...base, status: 'deleted' })).toContain(
      'this workspace is Deleted and nothing can be done with it',
    );
  });

  it('says a Deleting workspace is being deleted', () => {
    expect(
      reasonFor({
        ...base,
        operation: 'delete',
        status: 'deleting',
      }),
    ).toBe(
      'Delete is already under way: this workspace is Deleting; wait for it to finish',
    );
  });

  it('says there is no job to cancel', () => {
    expect(reasonFor({ ...base, operation: 'cancel' })).toMatch(
      /^There is no job to cancel on this Running workspace/,
    );
  });

  it('says there is no pending request when approving a workspace that needs none', () => {
    expect(
      reasonFor({
        ...base,
        operation: 'approve',
        status: 'created',
      }),
    ).toContain('there is no pending request');
  });

  it('says when a request was already decided', () => {
    const approved = {
      ...base,
      status: 'created' as const,
      approval: 'approved' as const,
    };
    expect(reasonFor({ ...approved, operation: 'approve' })).toContain(
      'already approved',
    );
    expect(
      reasonFor({ ...approved, operation: 'reject', approval: 'rejected' }),
    ).toContain('already rejected');
  });
});
