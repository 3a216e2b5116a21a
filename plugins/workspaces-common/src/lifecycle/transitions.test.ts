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
  'provisioning->deleting',
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

  // The runner writes only what these two functions answer, so checking every input
  // here keeps every status it writes on the lifecycle's graph.
  const operations = [
    'provision',
    'destroy',
    'sync-infrastructure',
    'sync-apps',
  ] as const;
  const outcomes = ['succeeded', 'failed', 'cancelled'] as const;
  const statuses = [
    'created',
    'provisioning',
    'running',
    'failed',
    'deleting',
    'deleted',
  ] as const;
  const startsFrom: Record<
    (typeof operations)[number],
    readonly (typeof statuses)[number][]
  > = {
    provision: ['created', 'failed'],
    destroy: ['created', 'provisioning', 'running', 'failed', 'deleting'],
    'sync-infrastructure': ['running'],
    'sync-apps': ['running'],
  };

  it.each(operations)(
    'a %s job only makes moves the lifecycle allows, from every status it can start in',
    operation => {
      const moveAllowed = (
        from: (typeof statuses)[number],
        to: (typeof statuses)[number],
      ) => from === to || canTransition(from, to);
      for (const from of startsFrom[operation]) {
        const running = statusWhenJobStarts(operation, from);
        expect({ operation, from, running }).toMatchObject({
          running: moveAllowed(from, running) ? running : 'an allowed status',
        });
        for (const outcome of outcomes) {
          for (const current of [from, running]) {
            const ended = statusWhenJobEnds(operation, outcome, current);
            expect({
              operation,
              outcome,
              current,
              ended,
              allowed: moveAllowed(current, ended),
            }).toMatchObject({ allowed: true });
          }
        }
      }
    },
  );
});
