import {
  accountResourceRequestSchemas,
  approvalDecisionSchema,
  changeMemberRoleRequestSchema,
  createWorkspaceRequestSchema,
  operationRequestSchema,
  updateWorkspaceRequestSchema,
} from '@oqullus/plugin-workspaces-common';
import type { ZodType } from 'zod';
import { workspacesOpenApiSpec as spec } from './openapi';
import { requestBodyErrors, schemaErrors } from './__testUtils__/specValidator';

// The request schemas must accept exactly what the zod schemas the router
// validates with accept, so the spec never promises what the server refuses.

const provisioning = {
  stackTemplate: 'data-platform',
  cloudCredential: 'aws-dev',
  stateStorage: 'builtin',
};

// [schema in the spec, zod schema, body, whether both must accept it]
const requestCases: [string, ZodType, unknown, boolean][] = [
  [
    'CreateWorkspaceRequest',
    createWorkspaceRequestSchema,
    { name: 'Data Lab', provisioning },
    true,
  ],
  [
    'CreateWorkspaceRequest',
    createWorkspaceRequestSchema,
    {
      name: 'Data Lab',
      description: 'Lab',
      externalId: 'lab-1',
      owner: 'group:default/analytics',
      provisioning: { ...provisioning, network: null },
      parameters: { nodes: 3 },
    },
    true,
  ],
  [
    'CreateWorkspaceRequest',
    createWorkspaceRequestSchema,
    { name: 'Data Lab', provisioning, colour: 'red' },
    false,
  ],
  [
    'CreateWorkspaceRequest',
    createWorkspaceRequestSchema,
    { name: 'Data Lab' },
    false,
  ],
  [
    'CreateWorkspaceRequest',
    createWorkspaceRequestSchema,
    { name: '-lab', provisioning },
    false,
  ],
  [
    'CreateWorkspaceRequest',
    createWorkspaceRequestSchema,
    { name: 'Data Lab', externalId: 'Lab', provisioning },
    false,
  ],
  [
    'CreateWorkspaceRequest',
    createWorkspaceRequestSchema,
    {
      name: 'Data Lab',
      provisioning: { ...provisioning, stateStorage: 'Not_A_Name' },
    },
    false,
  ],
  [
    'UpdateWorkspaceRequest',
    updateWorkspaceRequestSchema,
    { description: 'New words' },
    true,
  ],
  ['UpdateWorkspaceRequest', updateWorkspaceRequestSchema, {}, false],
  [
    'OperationRequest',
    operationRequestSchema,
    { operation: 'sync-apps' },
    true,
  ],
  ['OperationRequest', operationRequestSchema, { operation: 'delete' }, false],
  ['ApprovalDecision', approvalDecisionSchema, { decision: 'approve' }, true],
  [
    'ApprovalDecision',
    approvalDecisionSchema,
    { decision: 'reject', comment: 'Too big' },
    true,
  ],
  ['ApprovalDecision', approvalDecisionSchema, { decision: 'reject' }, false],
  [
    'ChangeMemberRoleRequest',
    changeMemberRoleRequestSchema,
    { role: 'operator' },
    true,
  ],
  [
    'ChangeMemberRoleRequest',
    changeMemberRoleRequestSchema,
    { role: 'owner' },
    false,
  ],
];

const common = { name: 'aws-dev', title: 'AWS development' };
const accountCases: [
  keyof typeof accountResourceRequestSchemas,
  unknown,
  boolean,
][] = [
  [
    'stack-templates',
    { ...common, source: { type: 'url', url: 'https://git.example.com/t' } },
    true,
  ],
  [
    'stack-templates',
    {
      ...common,
      source: { type: 'directory', path: '/templates/x' },
      version: '1.0.0',
      infrastructure: { path: 'infra' },
      inputs: {
        type: 'object',
        properties: {
          region: { type: 'string', enum: ['eu-west-1'], default: 'eu-west-1' },
        },
        required: ['region'],
      },
      apps: [{ name: 'airflow', path: 'apps/airflow' }],
      requiresApproval: true,
    },
    true,
  ],
  ['stack-templates', { ...common }, false],
  ['stack-templates', { ...common, source: { type: 'git', url: 'x' } }, false],
  [
    'cloud-credentials',
    {
      ...common,
      provider: 'aws',
      identity: { accountId: '1234' },
      secrets: [{ name: 'AWS_SECRET_ACCESS_KEY', from: { env: 'DEV_SECRET' } }],
    },
    true,
  ],
  [
    'cloud-credentials',
    {
      ...common,
      provider: 'aws',
      secrets: [{ name: 'X', from: { env: 'A', file: '/b' } }],
    },
    false,
  ],
  ['cloud-credentials', { ...common, provider: 'oracle' }, false],
  ['state-storages', { ...common, kind: 'builtin' }, true],
  [
    'state-storages',
    { ...common, kind: 's3', settings: { bucket: 'b' }, extra: true },
    false,
  ],
  [
    'networks',
    {
      ...common,
      provider: 'aws',
      networkId: 'vpc-1',
      cidr: '10.0.0.0/16',
      region: 'eu-west-1',
      subnets: ['a'],
    },
    true,
  ],
  ['networks', { ...common, provider: 'aws' }, false],
];

describe('the request schemas', () => {
  it.each(requestCases)(
    '%s agrees with zod on %j',
    (schemaName, zodSchema, body, valid) => {
      expect(zodSchema.safeParse(body).success).toBe(valid);
      expect(schemaErrors(schemaName, body).length === 0).toBe(valid);
    },
  );

  // The path names the kind, so each body is checked against its kind's schema.
  const requestSchemaOfKind = {
    'stack-templates': 'StackTemplateRequest',
    'cloud-credentials': 'CloudCredentialRequest',
    'state-storages': 'StateStorageRequest',
    networks: 'NetworkRequest',
  };

  it.each(accountCases)(
    'the %s request agrees with zod on %j',
    (kind, body, valid) => {
      expect(accountResourceRequestSchemas[kind].safeParse(body).success).toBe(
        valid,
      );
      expect(schemaErrors(requestSchemaOfKind[kind], body).length === 0).toBe(
        valid,
      );
    },
  );

  it('offer a body of any kind to POST and PUT', () => {
    expect(spec.components.schemas.AccountResourceRequest.oneOf).toEqual(
      Object.values(requestSchemaOfKind).map(name => ({
        $ref: `#/components/schemas/${name}`,
      })),
    );
  });

  it.each(accountCases.filter(([, , valid]) => valid))(
    'let the validated router accept the %s request %j as an account resource body',
    (_kind, body) => {
      expect(requestBodyErrors('AccountResourceRequest', body)).toEqual([]);
    },
  );
});
