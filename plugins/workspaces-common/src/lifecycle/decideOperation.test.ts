import type { JobOperation } from '../types/job';
import {
  decideOperation,
  type OperationDecision,
  type OperationRefusalCode,
} from './decideOperation';
import type { WorkspaceOperation } from './operations';
import type { ApprovalState, WorkspaceStatus } from './statuses';

// The expectations below are written by hand from the lifecycle rules; none
// is derived from the code under test.

type Outcome = 'allowed' | 'wrong-status' | 'awaiting-approval' | 'busy';
type ByActiveJob = { noJob: Outcome; jobActive: Outcome };
type ByApproval = Record<ApprovalState, Outcome | ByActiveJob>;
type Cell = Outcome | ByActiveJob | ByApproval;

const ALL_STATUSES: WorkspaceStatus[] = [
  'created',
  'provisioning',
  'running',
  'failed',
  'deleting',
  'deleted',
];
const ALL_APPROVALS: ApprovalState[] = [
  'not-required',
  'pending',
  'approved',
  'rejected',
];
const RUNS_UNLESS_BUSY: ByActiveJob = { noJob: 'allowed', jobActive: 'busy' };
const ONLY_WITH_A_JOB: ByActiveJob = {
  noJob: 'wrong-status',
  jobActive: 'allowed',
};

// Provision and the Syncs build infrastructure: only a request that needs no approval
// or was approved may, in every status. Only a Created request can still be approved.
const onlyIfApproved = (
  ifApproved: Outcome | ByActiveJob,
  status: WorkspaceStatus,
): ByApproval => ({
  'not-required': ifApproved,
  pending: status === 'created' ? 'awaiting-approval' : 'wrong-status',
  approved: ifApproved,
  rejected: 'wrong-status',
});

const expected: Record<
  WorkspaceOperation,
  { byStatus: Record<WorkspaceStatus, Cell> }
> = {
  provision: {
    byStatus: {
      created: onlyIfApproved(RUNS_UNLESS_BUSY, 'created'),
      provisioning: 'wrong-status',
      running: 'wrong-status',
      // Failed after a failed delete of a rejected request must stay closed.
      failed: onlyIfApproved(RUNS_UNLESS_BUSY, 'failed'),
      deleting: 'wrong-status',
      deleted: 'wrong-status',
    },
  },
  'sync-infrastructure': {
    byStatus: {
      created: onlyIfApproved('wrong-status', 'created'),
      provisioning: 'wrong-status',
      running: onlyIfApproved(RUNS_UNLESS_BUSY, 'running'),
      failed: 'wrong-status',
      deleting: 'wrong-status',
      deleted: 'wrong-status',
    },
  },
  'sync-apps': {
    byStatus: {
      created: onlyIfApproved('wrong-status', 'created'),
      provisioning: 'wrong-status',
      running: onlyIfApproved(RUNS_UNLESS_BUSY, 'running'),
      failed: 'wrong-status',
      deleting: 'wrong-status',
      deleted: 'wrong-status',
    },
  },
  delete: {
    byStatus: {
      created: 'allowed',
      // Allowed while provisioning: Delete cancels the running job first.
      provisioning: 'allowed',
      running: 'allowed',
      failed: 'allowed',
      deleting: 'wrong-status',
      deleted: 'wrong-status',
    },
  },
  approve: {
    byStatus: {
      created: {
        'not-required': 'wrong-status',
        pending: 'allowed',
        approved: 'wrong-status',
        rejected: 'wrong-status',
      },
      provisioning: 'wrong-status',
      running: 'wrong-status',
      failed: 'wrong-status',
      deleting: 'wrong-status',
      deleted: 'wrong-status',
    },
  },
  reject: {
    byStatus: {
      created: {
        'not-required': 'wrong-status',
        pending: 'allowed',
        approved: 'wrong-status',
        rejected: 'wrong-status',
      },
      provisioning: 'wrong-status',
      running: 'wrong-status',
      failed: 'wrong-status',
      deleting: 'wrong-status',
      deleted: 'wrong-status',
    },
  },
  cancel: {
    byStatus: {
      created: ONLY_WITH_A_JOB,
      provisioning: ONLY_WITH_A_JOB,
      running: ONLY_WITH_A_JOB,
      failed: ONLY_WITH_A_JOB,
      deleting: ONLY_WITH_A_JOB,
      deleted: 'wrong-status',
    },
  },
};

// Every refusal must name what it is about in the words of the product.
const OPERATION_LABELS: Record<WorkspaceOperation, string> = {
  provision: 'Provision Infrastructure',
  'sync-infrastructure': 'Sync Infrastructure',
  'sync-apps': 'Sync Apps',
  delete: 'Delete',
  approve: 'Approve',
  reject: 'Reject',
  cancel: 'Cancel job',
};
const STATUS_LABELS: Record<WorkspaceStatus, string> = {
  created: 'Created',
  provisioning: 'Provisioning',
  running: 'Running',
  failed: 'Failed',
  deleting: 'Deleting',
  deleted: 'Deleted',
};
const JOB_LABELS: Record<JobOperation, string> = {
  provision: 'Provision Infrastructure',
  'sync-infrastructure': 'Sync Infrastructure',
  'sync-apps': 'Sync Apps',
  destroy: 'Delete',
};

// The job a workspace in each status would plausibly have running.
const activeJobFor: Record<WorkspaceStatus, JobOperation> = {
  created: 'provision',
  provisioning: 'provision',
  running: 'sync-apps',
  failed: 'provision',
  deleting: 'destroy',
  deleted: 'destroy',
};

function outcomeOf(
  cell: Cell,
  approval: ApprovalState,
  jobActive: boolean,
): Outcome {
  if (typeof cell === 'string') {
    return cell;
  }
  if ('noJob' in cell) {
    return jobActive ? cell.jobActive : cell.noJob;
  }
  return outcomeOf(cell[approval], approval, jobActive);
}

function expectedDecision(
  outcome: Outcome,
  operation: WorkspaceOperation,
): OperationDecision {
  if (outcome === 'allowed') {
    return { allowed: true };
  }
  const code: OperationRefusalCode = outcome;
  return {
    allowed: false,
    code,
    reason: expect.stringContaining(OPERATION_LABELS[operation]),
  };
}

// Besides the operation, a refusal names the status or the job in progress,
// depending on why it refused.
function wordsTheReasonMustHold(
  outcome: Outcome,
  context: { status: WorkspaceStatus; job?: JobOperation },
): string[] {
  switch (outcome) {
    case 'wrong-status':
      return [STATUS_LABELS[context.status]];
    case 'busy':
      return context.job ? [JOB_LABELS[context.job]] : [];
    default:
      return [];
  }
}

const cases = (Object.keys(expected) as WorkspaceOperation[]).flatMap(
  operation =>
    ALL_STATUSES.flatMap(status =>
      ALL_APPROVALS.flatMap(approval =>
        [false, true].map(jobActive => {
          const outcome = outcomeOf(
            expected[operation].byStatus[status],
            approval,
            jobActive,
          );
          const job = jobActive ? activeJobFor[status] : undefined;
          return {
            name: `${operation} on ${status} (approval ${approval}, ${
              job ? `${job} job active` : 'no job'
            }): ${outcome}`,
            input: {
              operation,
              status,
              approval,
              activeJob: job ? { operation: job } : null,
            },
            decision: expectedDecision(outcome, operation),
            mustMention: wordsTheReasonMustHold(outcome, { status, job }),
          };
        }),
      ),
    ),
);

describe('decideOperation', () => {
  it('covers every status, operation, approval and job state', () => {
    expect(cases).toHaveLength(7 * 6 * 4 * 2);
  });

  it.each(cases)('$name', ({ input, decision, mustMention }) => {
    const actual = decideOperation(input);

    expect(actual).toEqual(decision);
    const reason = actual.allowed ? '' : actual.reason;
    for (const words of mustMention) {
      expect(reason).toContain(words);
    }
    // One sentence, written in full.
    expect(reason).not.toMatch(/undefined|\n|\.$/);
  });
});

describe('decideOperation on Delete while a destroy job is queued', () => {
  const statuses: WorkspaceStatus[] = [
    'created',
    'provisioning',
    'running',
    'failed',
  ];
  const destroyCases = statuses.map(status => ({
    status,
    reason: `Delete is already under way: its destroy job is queued on this ${STATUS_LABELS[status]} workspace; wait for it to finish`,
  }));

  // The backend answers a repeated Delete with the queued destroy job instead.
  it.each(destroyCases)(
    'refuses delete on $status with a destroy job queued',
    ({ status, reason }) => {
      const decision = decideOperation({
        operation: 'delete',
        status,
        approval: 'not-required',
        activeJob: { operation: 'destroy' },
      });

      expect(decision).toEqual({
        allowed: false,
        code: 'wrong-status',
        reason,
      });
    },
  );
});
