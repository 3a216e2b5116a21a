import {
  policyRefusal,
  workspaceOperations,
  type WorkspaceResourceList,
  type CloudCredential,
  type Job,
  type Network,
  type StackTemplate,
  type StateStorage,
  type Workspace,
  type WorkspaceEvent,
  type WorkspaceWithQueuedJob,
} from '@oqullus/plugin-workspaces-common';

// Values typed with the -common domain types, so the compiler vouches that they
// are real wire objects; the schema tests check the spec accepts exactly these.

const WORKSPACE_ID = 'b9f7c1de-1111-4a4a-9a9a-000000000001';
const AT = '2026-11-28T10:00:00.000Z';

export const sampleJob: Job = {
  id: 'job-1',
  workspaceId: WORKSPACE_ID,
  operation: 'provision',
  status: 'running',
  requestedBy: 'user:default/dana.dev',
  attempt: 1,
  steps: [
    {
      name: 'infrastructure',
      kind: 'infrastructure',
      status: 'running',
      startedAt: AT,
    },
    { name: 'airflow', kind: 'app', status: 'pending' },
  ],
  createdAt: AT,
  startedAt: AT,
};

export const sampleWorkspace: Workspace = {
  id: WORKSPACE_ID,
  externalId: 'ws-k3v9x0q2mz',
  name: 'Data Lab',
  description: 'Where the analytics team tries things',
  owner: 'group:default/analytics',
  status: 'provisioning',
  approval: {
    state: 'approved',
    requestedBy: 'user:default/dana.dev',
    requestedAt: AT,
    decidedBy: 'user:default/ada.admin',
    decidedAt: AT,
    comment: 'Go ahead',
  },
  provisioning: {
    stackTemplate: 'data-platform',
    cloudCredential: 'aws-dev',
    stateStorage: 'builtin',
    network: null,
  },
  parameters: { region: 'eu-west-1', nodes: 3 },
  labels: {},
  outputs: {},
  apps: [{ name: 'airflow', title: 'Airflow', status: 'pending' }],
  activeJob: {
    id: 'job-1',
    operation: 'provision',
    status: 'running',
    createdAt: AT,
  },
  createdBy: 'user:default/dana.dev',
  createdAt: AT,
  updatedAt: AT,
  lastActivityAt: AT,
};

export const sampleWorkspaceWithQueuedJob: WorkspaceWithQueuedJob = {
  ...sampleWorkspace,
  job: sampleJob,
};

export const sampleWorkspaceWithAllowedOperations = {
  ...sampleWorkspace,
  // As a viewer sees it: the ready-made policy gives a viewer no operation.
  allowedOperations: Object.fromEntries(
    workspaceOperations.map(operation => [
      operation,
      policyRefusal(operation, 'member-viewer'),
    ]),
  ),
  keptStates: [
    {
      jobId: 'b9f7c1de-1111-4a4a-9a9a-0000000000aa',
      component: 'infrastructure',
      serial: 3,
      reason: 'the stored state has moved on since',
      keptAt: AT,
    },
  ],
  stateLocks: [
    {
      component: 'infrastructure',
      holder: 'user:default/dana.dev',
      jobId: 'b9f7c1de-1111-4a4a-9a9a-0000000000aa',
      operation: 'provision',
      lockedAt: AT,
      staleReason: 'job-not-running',
    },
    {
      component: 'notebooks',
      holder: 'user:default/adrian.admin',
      lockedAt: AT,
    },
  ],
};

const eventBase = {
  workspaceId: WORKSPACE_ID,
  createdAt: AT,
  level: 'info' as const,
  message: 'Something happened',
};
const jobEvent = { ...eventBase, jobId: 'job-1' };
const member = { member: 'user:default/sam', role: 'operator' as const };

/** One event of every type. */
export const sampleEvents: WorkspaceEvent[] = [
  {
    ...eventBase,
    id: '1',
    actor: 'user:default/dana.dev',
    type: 'workspace.created',
    data: { name: 'Data Lab', externalId: 'ws-k3v9x0q2mz' },
  },
  { ...eventBase, id: '2', type: 'approval.requested', data: {} },
  {
    ...eventBase,
    id: '3',
    type: 'approval.granted',
    data: { comment: 'Go ahead' },
  },
  {
    ...eventBase,
    id: '4',
    type: 'approval.rejected',
    data: { comment: 'Too big' },
  },
  {
    ...eventBase,
    id: '5',
    type: 'status.changed',
    data: { from: 'created', to: 'provisioning', reason: 'Provision started' },
  },
  {
    ...jobEvent,
    id: '6',
    type: 'job.queued',
    data: { operation: 'provision' },
  },
  {
    ...jobEvent,
    id: '7',
    type: 'job.started',
    data: { operation: 'provision' },
  },
  {
    ...jobEvent,
    id: '8',
    level: 'error',
    type: 'job.finished',
    data: { operation: 'provision', status: 'failed', error: 'Apply failed' },
  },
  {
    ...jobEvent,
    id: '9',
    type: 'job.cancelled',
    data: { operation: 'sync-apps' },
  },
  { ...eventBase, id: '10', type: 'member.added', data: member },
  { ...eventBase, id: '11', type: 'member.removed', data: member },
  {
    ...eventBase,
    id: '12',
    type: 'member.role-changed',
    data: { ...member, previousRole: 'viewer' },
  },
  {
    ...eventBase,
    id: '13',
    type: 'settings.changed',
    data: { changes: ['name'] },
  },
  {
    ...jobEvent,
    id: '14',
    type: 'terraform.resource',
    data: {
      address: 'terraform_data.x',
      action: 'create',
      phase: 'completed',
      elapsedSeconds: 0.4,
    },
  },
  {
    ...jobEvent,
    id: '15',
    level: 'warning',
    type: 'terraform.diagnostic',
    data: { severity: 'warning', summary: 'Deprecated argument' },
  },
  {
    ...jobEvent,
    id: '16',
    type: 'terraform.change-summary',
    data: { add: 3, change: 0, remove: 0, operation: 'apply' },
  },
  { ...jobEvent, id: '17', type: 'app.synced', data: { app: 'airflow' } },
  {
    ...jobEvent,
    id: '18',
    type: 'job.step-skipped',
    data: { operation: 'destroy', step: 'airflow', reason: 'no-state' },
  },
  {
    ...jobEvent,
    id: '19',
    type: 'state.pushed',
    data: { component: 'infrastructure', serial: 4 },
  },
  {
    ...jobEvent,
    id: '20',
    type: 'state.kept',
    data: {
      component: 'infrastructure',
      reason: 'the stored state has moved on since',
    },
  },
  {
    ...jobEvent,
    id: '21',
    type: 'state.unlocked',
    data: {
      component: 'infrastructure',
      previousHolder: 'user:default/dana.dev',
      previousJobId: 'b9f7c1de-1111-4a4a-9a9a-0000000000aa',
    },
  },
];

const resourceBase = {
  title: 'Shown in pickers',
  owner: 'group:default/platform-team',
  validation: { status: 'valid' as const, messages: [], checkedAt: AT },
};

export const sampleStackTemplate: StackTemplate = {
  ...resourceBase,
  name: 'data-platform',
  origin: 'config',
  source: { type: 'directory', path: '/templates/data-platform' },
  version: '1.2.0',
  infrastructure: { path: '.' },
  inputs: {
    type: 'object',
    properties: {
      region: {
        type: 'string',
        enum: ['eu-west-1'],
        default: 'eu-west-1',
        'ui:widget': 'select',
      },
    },
    required: ['region'],
  },
  apps: [{ name: 'airflow', title: 'Airflow', path: 'apps/airflow' }],
  requiresApproval: true,
};

export const sampleCloudCredential: CloudCredential = {
  ...resourceBase,
  name: 'aws-dev',
  origin: 'database',
  provider: 'aws',
  identity: { accountId: '123456789012' },
  secrets: [{ name: 'AWS_SECRET_ACCESS_KEY', from: { env: 'DEV_AWS_SECRET' } }],
  createdAt: AT,
  updatedAt: AT,
};

export const sampleStateStorage: StateStorage = {
  ...resourceBase,
  name: 'state-s3',
  origin: 'database',
  kind: 's3',
  settings: { bucket: 'tf-state', region: 'eu-west-1' },
  secrets: [
    { name: 'AWS_SECRET_ACCESS_KEY', from: { file: '/etc/secrets/s3' } },
  ],
};

export const sampleNetwork: Network = {
  ...resourceBase,
  name: 'shared-vpc',
  origin: 'config',
  provider: 'aws',
  networkId: 'vpc-0abc',
  cidr: '10.0.0.0/16',
  subnets: ['subnet-1'],
};

export const sampleUsedBy = [
  {
    id: WORKSPACE_ID,
    name: 'Data Lab',
    externalId: 'ws-k3v9x0q2mz',
    status: 'running' as const,
    approval: { state: 'not-required' as const },
  },
];

export const sampleResources: WorkspaceResourceList = {
  items: [
    {
      component: 'infrastructure',
      address: 'module.db.aws_db_instance.main[0]',
      type: 'aws_db_instance',
      mode: 'managed',
      provider: 'registry.terraform.io/hashicorp/aws',
    },
    {
      component: 'notebooks',
      address: 'data.http.health',
      type: 'http',
      mode: 'data',
    },
  ],
  source: 'state',
};
