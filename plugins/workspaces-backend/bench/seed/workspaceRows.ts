import { exampleOrg } from '../../src/__testUtils__/exampleOrg';
import {
  developer,
  developerGroup,
  groups,
  users,
  type Involvement,
} from './people';
import type { SeedRandom } from './seedRandom';
import { BASE_TIME, isoTime, WORKSPACE_SPACING_MS } from './timeline';

const areas = [
  'Analytics',
  'Lakehouse',
  'Streaming',
  'Reporting',
  'Forecasting',
  'Finance',
  'Marketing',
  'Ingestion',
];
const kinds = [
  'sandbox',
  'pipelines',
  'warehouse',
  'playground',
  'staging',
  'experiments',
];
const descriptions = [
  'Sandbox for the quarterly pipelines',
  'Lakehouse behind the marketing dashboards',
  'Feature store experiments for the churn model',
  'Nightly batch loads from the ERP',
  'Event streams from the web shop',
  'Ad-hoc notebooks for the finance team',
];
const templates = [
  'lakehouse-local',
  'gated-lakehouse',
  'data-lake',
  'warehouse',
];
const credentials = ['local-sandbox', 'aws-dev', 'aws-prod', 'gcp-analytics'];
const regions = ['eu-west-1', 'us-east-1'];

/** Workspace statuses by share: running 50%, created 15%, ..., deleted 15%. */
const statusShares: Array<[string, number]> = [
  ['running', 0.5],
  ['created', 0.65],
  ['provisioning', 0.71],
  ['failed', 0.81],
  ['deleting', 0.85],
  ['deleted', 1.01],
];

/** One seeded workspace: its row, and what its members and jobs are made from. */
export type SeededWorkspace = {
  row: Record<string, unknown>;
  id: string;
  name: string;
  owner: string;
  createdBy: string;
  status: string;
  createdAt: number;
  updatedAt: number;
};

/** Pending or rejected for some created workspaces, approved for some of the others. */
function approvalColumns(
  status: string,
  createdBy: string,
  createdAt: number,
  roll: number,
): Record<string, unknown> {
  const none = {
    approval_state: 'not-required',
    approval_requested_by: null,
    approval_requested_at: null,
    approval_decided_by: null,
    approval_decided_at: null,
    approval_comment: null,
  };
  if (status === 'created' && roll < 0.6) {
    return {
      ...none,
      approval_state: roll < 0.4 ? 'pending' : 'rejected',
      approval_requested_by: createdBy,
      approval_requested_at: isoTime(createdAt),
      ...(roll >= 0.4 && {
        approval_decided_by: exampleOrg.admin.ref,
        approval_decided_at: isoTime(createdAt + 3_600_000),
        approval_comment: 'Use the shared warehouse instead',
      }),
    };
  }
  if (status !== 'created' && roll < 0.3) {
    return {
      ...none,
      approval_state: 'approved',
      approval_requested_by: createdBy,
      approval_requested_at: isoTime(createdAt),
      approval_decided_by: exampleOrg.accountOwner.ref,
      approval_decided_at: isoTime(createdAt + 1_800_000),
      approval_comment: roll < 0.1 ? 'Go ahead' : null,
    };
  }
  return none;
}

function appsOf(status: string, updatedAt: number) {
  if (status === 'running' || status === 'deleting') {
    return [
      {
        name: 'orchestrator',
        status: 'synced',
        lastSyncedAt: isoTime(updatedAt),
      },
      { name: 'notebooks', status: 'synced', lastSyncedAt: isoTime(updatedAt) },
    ];
  }
  return [
    { name: 'orchestrator', status: 'pending' },
    { name: 'notebooks', status: 'pending' },
  ];
}

/**
 * Workspace number `i`, created about WORKSPACE_SPACING_MS after the one before. `running`
 * forces the status (the hot and the rare workspace must be listed as running).
 */
export function seedWorkspace(
  random: SeedRandom,
  i: number,
  options: { involvement?: Involvement; running: boolean },
): SeededWorkspace {
  const { involvement } = options;
  const id = random.uuid();
  const createdAt =
    BASE_TIME +
    i * WORKSPACE_SPACING_MS +
    Math.floor(random.next() * (WORKSPACE_SPACING_MS - 1000));
  const updatedAt = createdAt + Math.floor(random.next() * 30 * 86_400_000);
  let owner: string;
  if (involvement === 'user') owner = developer.ref;
  else if (involvement === 'group') owner = developerGroup;
  else owner = random.next() < 0.6 ? random.pick(users) : random.pick(groups);
  const createdBy = owner.startsWith('user:') ? owner : random.pick(users);

  const roll = random.next();
  const status = options.running
    ? 'running'
    : statusShares.find(([, below]) => roll < below)![0];
  const approval = approvalColumns(status, createdBy, createdAt, random.next());

  const area = random.pick(areas);
  const kind = random.pick(kinds);
  const name = `${area} ${kind} ${i + 1}`;
  const row = {
    id,
    external_id: random.externalId(),
    name,
    description: random.next() < 0.6 ? random.pick(descriptions) : null,
    owner,
    status,
    ...approval,
    stack_template: random.pick(templates),
    cloud_credential: random.pick(credentials),
    state_storage: 'builtin',
    network: random.next() < 0.5 ? 'shared-dev-network' : null,
    parameters: JSON.stringify({
      region: random.pick(regions),
      compute_size: 1 + Math.floor(random.next() * 4),
    }),
    outputs: JSON.stringify(
      status === 'running'
        ? {
            orchestrator_url: `https://airflow.${i + 1}.example.internal`,
            bucket: `oq-lake-${i + 1}`,
          }
        : {},
    ),
    apps: JSON.stringify(appsOf(status, updatedAt)),
    failure_reason:
      status === 'failed'
        ? 'Terraform apply failed: the quota for VPCs in eu-west-1 is used up; ask to raise it, then provision again'
        : null,
    created_by: createdBy,
    created_at: isoTime(createdAt),
    updated_at: isoTime(updatedAt),
    last_activity_at: isoTime(updatedAt),
  };
  return { row, id, name, owner, createdBy, status, createdAt, updatedAt };
}
