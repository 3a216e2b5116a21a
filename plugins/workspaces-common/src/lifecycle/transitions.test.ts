import type { JobOperation } from '../types/job';
import {
  canTransition,
  statusWhenJobEnds,
  statusWhenJobStarts,
  type JobOutcome,
} from './transitions';
import type { WorkspaceStatus } from './statuses';

const ALL_STATUSES: WorkspaceStatus[] = [
  'created',
  'provisioning',
  'running',
  'failed',
  'deleting',
  'deleted',
];

// Written by hand from the lifecycle: every other pair is refused.
const ALLOWED_EDGES = new Set([
  'created->provisioning',
  'created->deleting',
  'provisioning->running',
  'provisioning->failed',
  'running->deleting',
  'running->failed',
  'failed->provisioning',
  'failed->deleting',
  'deleting->deleted',
  'deleting->failed',
]);

describe('canTransition', () => {
  const pairs = ALL_STATUSES.flatMap(from =>
    ALL_STATUSES.map(to => ({
      from,
      to,
      allowed: ALLOWED_EDGES.has(`${from}->${to}`),
    })),
  );

  it('checks all 36 pairs', () => {
    expect(pairs).toHaveLength(36);
  });

  it.each(pairs)(
    '$from -> $to is allowed: $allowed',
    ({ from, to, allowed }) => {
      expect(canTransition(from, to)).toBe(allowed);
    },
  );
});

describe('statusWhenJobStarts', () => {
  it.each<[JobOperation, WorkspaceStatus, WorkspaceStatus]>([
    ['provision', 'created', 'provisioning'],
    ['provision', 'failed', 'provisioning'],
    ['destroy', 'created', 'deleting'],
    ['destroy', 'running', 'deleting'],
    ['destroy', 'failed', 'deleting'],
    ['sync-infrastructure', 'running', 'running'],
    ['sync-apps', 'running', 'running'],
  ])('%s on a %s workspace moves it to %s', (job, current, next) => {
    expect(statusWhenJobStarts(job, current)).toBe(next);
  });
});

describe('statusWhenJobEnds', () => {
  it.each<[JobOperation, JobOutcome, WorkspaceStatus, WorkspaceStatus]>([
    ['provision', 'succeeded', 'provisioning', 'running'],
    ['provision', 'failed', 'provisioning', 'failed'],
    ['provision', 'cancelled', 'provisioning', 'failed'],
    ['destroy', 'succeeded', 'deleting', 'deleted'],
    ['destroy', 'failed', 'deleting', 'failed'],
    ['destroy', 'cancelled', 'deleting', 'failed'],
    ['sync-infrastructure', 'succeeded', 'running', 'running'],
    ['sync-infrastructure', 'failed', 'running', 'failed'],
    ['sync-infrastructure', 'cancelled', 'running', 'failed'],
    ['sync-apps', 'succeeded', 'running', 'running'],
    ['sync-apps', 'failed', 'running', 'failed'],
    ['sync-apps', 'cancelled', 'running', 'failed'],
  ])(
    '%s that %s on a %s workspace leaves it %s',
    (job, outcome, current, next) => {
      expect(statusWhenJobEnds(job, outcome, current)).toBe(next);
    },
  );

  it.each<[JobOperation, WorkspaceStatus]>([
    ['provision', 'created'],
    ['provision', 'failed'],
    ['destroy', 'created'],
    ['destroy', 'running'],
    ['destroy', 'failed'],
  ])(
    '%s cancelled while queued on a %s workspace leaves it unchanged',
    (job, current) => {
      expect(statusWhenJobEnds(job, 'cancelled', current)).toBe(current);
    },
  );

  it('only produces transitions the lifecycle allows', () => {
    expect(
      canTransition(
        'provisioning',
        statusWhenJobEnds('provision', 'failed', 'provisioning'),
      ),
    ).toBe(true);
    expect(
      canTransition(
        'deleting',
        statusWhenJobEnds('destroy', 'succeeded', 'deleting'),
      ),
    ).toBe(true);
    expect(
      canTransition(
        'running',
        statusWhenJobEnds('sync-apps', 'failed', 'running'),
      ),
    ).toBe(true);
  });
});
