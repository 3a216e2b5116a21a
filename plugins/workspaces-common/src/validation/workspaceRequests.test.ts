import { formatZodIssues } from './formatZodIssues';
import {
  createWorkspaceRequestSchema,
  updateWorkspaceRequestSchema,
} from './workspaceRequests';

const validRequest = {
  name: 'Analytics EU',
  provisioning: {
    stackTemplate: 'data-platform',
    cloudCredential: 'aws-prod',
    stateStorage: 'builtin',
  },
};

function errorOf(schema: { safeParse(input: unknown): any }, input: unknown) {
  const result = schema.safeParse(input);
  if (result.success) {
    throw new Error('expected the request to be refused');
  }
  return formatZodIssues(result.error);
}

describe('createWorkspaceRequestSchema', () => {
  it('accepts the smallest request and fills in the defaults', () => {
    expect(createWorkspaceRequestSchema.parse(validRequest)).toEqual({
      ...validRequest,
      parameters: {},
      labels: {},
    });
  });

  it('accepts every optional field and canonicalizes the owner', () => {
    const parsed = createWorkspaceRequestSchema.parse({
      ...validRequest,
      description: '  For the EU analytics team ',
      externalId: 'analytics-eu',
      owner: 'group:data-team',
      provisioning: { ...validRequest.provisioning, network: null },
      parameters: { region: 'eu-west-1', nodes: 3 },
    });

    expect(parsed.description).toBe('For the EU analytics team');
    expect(parsed.owner).toBe('group:default/data-team');
    expect(parsed.provisioning.network).toBeNull();
    expect(parsed.parameters).toEqual({ region: 'eu-west-1', nodes: 3 });
  });

  it('names an unknown key', () => {
    expect(
      errorOf(createWorkspaceRequestSchema, { ...validRequest, nmae: 'x' }),
    ).toBe(
      'Unknown field "nmae"; the allowed fields are name, description, externalId, owner, provisioning, parameters, labels',
    );
  });

  it('names an unknown key inside provisioning', () => {
    expect(
      errorOf(createWorkspaceRequestSchema, {
        ...validRequest,
        provisioning: { ...validRequest.provisioning, secret: 'x' },
      }),
    ).toMatch(/^provisioning: Unknown field "secret"/);
  });

  it('lists every missing provisioning field', () => {
    expect(
      errorOf(createWorkspaceRequestSchema, {
        name: 'Analytics EU',
        provisioning: { stackTemplate: 'data-platform' },
      }),
    ).toBe(
      'provisioning.cloudCredential: Required; provisioning.stateStorage: Required',
    );
    expect(
      errorOf(createWorkspaceRequestSchema, { name: 'Analytics EU' }),
    ).toBe('provisioning: Required');
  });

  it.each(['component:default/x', 'not a ref'])(
    'refuses the owner %j',
    owner => {
      expect(
        errorOf(createWorkspaceRequestSchema, { ...validRequest, owner }),
      ).toMatch(/^owner: /);
    },
  );

  it('refuses a bad name and a bad custom ID together', () => {
    expect(
      errorOf(createWorkspaceRequestSchema, {
        ...validRequest,
        name: 'x'.repeat(70),
        externalId: 'Bad--',
      }),
    ).toBe(
      'name: Workspace name must be at most 63 characters (got 70); ' +
        'externalId: External workspace ID may only contain lowercase letters, digits and hyphens (found "B"); ' +
        'externalId: External workspace ID must not end with a hyphen; ' +
        'externalId: External workspace ID must not contain two hyphens in a row',
    );
  });

  it('refuses parameters that are not an object', () => {
    expect(
      errorOf(createWorkspaceRequestSchema, {
        ...validRequest,
        parameters: [1],
      }),
    ).toBe('parameters: Must be an object of template input values');
  });

  it('refuses a body that is not an object', () => {
    expect(errorOf(createWorkspaceRequestSchema, null)).toBe(
      'Must be an object',
    );
  });
});

describe('updateWorkspaceRequestSchema', () => {
  it('accepts a new name or a new description', () => {
    expect(updateWorkspaceRequestSchema.parse({ name: ' Renamed ' })).toEqual({
      name: 'Renamed',
    });
    expect(updateWorkspaceRequestSchema.parse({ description: '' })).toEqual({
      description: '',
    });
  });

  it('needs at least one field', () => {
    expect(errorOf(updateWorkspaceRequestSchema, {})).toBe(
      'Give at least one field to change: name, description, parameters or labels',
    );
  });

  it('refuses fields that cannot be changed this way', () => {
    expect(
      errorOf(updateWorkspaceRequestSchema, { owner: 'user:jane' }),
    ).toMatch(/^Unknown field "owner"/);
  });
});
