import SwaggerParser from '@apidevtools/swagger-parser';
import {
  OPENAPI_SPEC_PATH,
  openApiMethods,
  workspacesOpenApiSpec as spec,
  type OpenApiMethod,
} from './openapi';

// The agreed REST contract: frontends, the scaffolder module and scripts
// depend on every path, method, operationId and success status here.
const contract: [OpenApiMethod, string, string, string][] = [
  ['get', '/account/{kind}', 'listAccountResources', '200'],
  ['post', '/account/{kind}', 'createAccountResource', '201'],
  ['get', '/account/{kind}/{name}', 'getAccountResource', '200'],
  ['put', '/account/{kind}/{name}', 'replaceAccountResource', '200'],
  ['delete', '/account/{kind}/{name}', 'deleteAccountResource', '204'],
  ['post', '/account/{kind}/{name}/check', 'checkAccountResource', '200'],
  ['get', '/workspaces', 'listWorkspaces', '200'],
  ['post', '/workspaces', 'createWorkspace', '201'],
  ['get', '/workspaces/{id}', 'getWorkspace', '200'],
  ['patch', '/workspaces/{id}', 'updateWorkspace', '200'],
  ['delete', '/workspaces/{id}', 'deleteWorkspace', '202'],
  ['post', '/workspaces/{id}/operations', 'requestOperation', '202'],
  ['post', '/workspaces/{id}/approval', 'decideApproval', '200'],
  ['get', '/workspaces/{id}/members', 'listMembers', '200'],
  ['put', '/workspaces/{id}/members/{memberRef}', 'putMember', '200'],
  ['delete', '/workspaces/{id}/members/{memberRef}', 'removeMember', '204'],
  ['get', '/workspaces/{id}/events', 'listEvents', '200'],
  ['get', '/workspaces/{id}/resources', 'listResources', '200'],
  ['get', '/workspaces/{id}/jobs', 'listJobs', '200'],
  ['get', '/jobs/{jobId}', 'getJob', '200'],
  ['get', '/jobs/{jobId}/log', 'getJobLog', '200'],
  ['post', '/jobs/{jobId}/cancel', 'cancelJob', '202'],
  [
    'post',
    '/jobs/{jobId}/kept-states/{component}/push',
    'pushKeptState',
    '200',
  ],
  [
    'delete',
    '/workspaces/{id}/state-locks/{component}',
    'forceUnlockState',
    '204',
  ],
];

function operationsInSpec() {
  return Object.entries(spec.paths).flatMap(([path, item]) =>
    openApiMethods.flatMap(method => {
      const operation = item[method];
      return operation ? [{ method, path, operation }] : [];
    }),
  );
}

function schemaRef(response: Record<string, unknown> | undefined) {
  const content = response?.content as
    | Record<string, { schema?: { $ref?: string } }>
    | undefined;
  return content?.['application/json']?.schema?.$ref;
}

const errorStatuses = ['400', '401', '403', '404', '409'];

describe('the workspaces OpenAPI spec', () => {
  it('is a valid OpenAPI 3.1 document with every reference resolvable', async () => {
    expect(spec.openapi).toBe('3.1.0');
    await expect(
      SwaggerParser.validate(OPENAPI_SPEC_PATH),
    ).resolves.toBeDefined();
  });

  it.each(contract)(
    '%s %s is %s and answers %s on success',
    (method, path, operationId, status) => {
      const operation = spec.paths[path]?.[method];
      expect(operation?.operationId).toBe(operationId);
      const successes = Object.keys(operation?.responses ?? {}).filter(code =>
        code.startsWith('2'),
      );
      expect(successes).toEqual([status]);
    },
  );

  it('has no operation beyond the contract', () => {
    const listed = operationsInSpec().map(
      ({ method, path }) => `${method} ${path}`,
    );
    expect(listed.sort()).toEqual(
      contract.map(([method, path]) => `${method} ${path}`).sort(),
    );
  });

  it('describes every Backstage error status on every operation', () => {
    for (const { method, path, operation } of operationsInSpec()) {
      for (const status of errorStatuses) {
        const response = operation.responses[status];
        expect({ method, path, status, ref: response?.$ref }).toEqual({
          method,
          path,
          status,
          ref: expect.stringMatching(/^#\/components\/responses\//),
        });
      }
    }
    const responses = spec.components.responses as Record<
      string,
      { content: Record<string, { schema: { $ref: string } }> }
    >;
    for (const response of Object.values(responses)) {
      expect(Object.values(response.content)[0].schema.$ref).toBe(
        '#/components/schemas/Error',
      );
    }
  });

  it('gives every operation a summary or description, a tag and a success body where one is sent', () => {
    for (const { path, operation } of operationsInSpec()) {
      expect(operation.summary ?? operation.description).toBeTruthy();
      expect(operation.tags?.length).toBe(1);
      const [success] = Object.entries(operation.responses).filter(([code]) =>
        code.startsWith('2'),
      );
      const [code, response] = success;
      expect({ path, code, hasBody: Boolean(schemaRef(response)) }).toEqual({
        path,
        code,
        hasBody: code !== '204',
      });
    }
  });

  it('asks for a bearer token on everything', () => {
    expect(spec.security).toEqual([{ JWT: [] }]);
    expect(spec.components.securitySchemes).toEqual({
      JWT: expect.objectContaining({ type: 'http', scheme: 'bearer' }),
    });
    for (const { operation } of operationsInSpec()) {
      expect(operation).not.toHaveProperty('security');
    }
  });

  it('returns the agreed shapes', () => {
    const bodyOf = (method: OpenApiMethod, path: string) => {
      const operation = spec.paths[path][method]!;
      const [success] = Object.entries(operation.responses).filter(([code]) =>
        code.startsWith('2'),
      );
      return schemaRef(success[1])?.replace('#/components/schemas/', '');
    };
    expect(bodyOf('get', '/workspaces/{id}')).toBe(
      'WorkspaceWithAllowedOperations',
    );
    expect(bodyOf('post', '/workspaces')).toBe('WorkspaceWithQueuedJob');
    expect(bodyOf('post', '/workspaces/{id}/approval')).toBe(
      'WorkspaceWithQueuedJob',
    );
    expect(bodyOf('delete', '/workspaces/{id}')).toBe('JobAccepted');
    expect(bodyOf('post', '/workspaces/{id}/operations')).toBe('JobAccepted');
    expect(bodyOf('post', '/jobs/{jobId}/cancel')).toBe('Job');
    expect(bodyOf('get', '/jobs/{jobId}/log')).toBe('JobLogPage');
    expect(bodyOf('get', '/workspaces/{id}/events')).toBe('EventPage');
    expect(bodyOf('post', '/account/{kind}/{name}/check')).toBe(
      'AccountResourceValidation',
    );
  });

  it('makes workspace creation idempotent through headers', () => {
    const create = spec.paths['/workspaces'].post!;
    expect(create.parameters).toContainEqual(
      expect.objectContaining({ name: 'Idempotency-Key', in: 'header' }),
    );
    expect(create.responses['201'].headers).toHaveProperty(
      'Idempotent-Replayed',
    );
  });

  it('lets every query parameter hold reserved characters unencoded', () => {
    for (const { operation } of operationsInSpec()) {
      for (const parameter of operation.parameters ?? []) {
        expect(parameter.in !== 'query' || parameter.allowReserved).toBe(true);
      }
    }
  });

  it('accepts repeated and comma-separated statuses when listing workspaces', () => {
    const status = spec.paths['/workspaces'].get!.parameters!.find(
      parameter => parameter.name === 'status',
    ) as { explode: boolean; schema: { items: { pattern: string } } };
    const pattern = new RegExp(status.schema.items.pattern);
    expect(status.explode).toBe(true);
    expect(pattern.test('running')).toBe(true);
    expect(pattern.test('running,failed')).toBe(true);
    expect(pattern.test('Running')).toBe(false);
    expect(pattern.test('running,')).toBe(false);
  });
});
