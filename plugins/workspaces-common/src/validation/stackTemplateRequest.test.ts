import { errorOf, template } from './accountResources.testUtils';
import { stackTemplateRequestSchema } from './stackTemplateRequest';

describe('stackTemplateRequestSchema', () => {
  it('accepts the smallest template and fills in the defaults', () => {
    expect(stackTemplateRequestSchema.parse(template)).toEqual({
      ...template,
      infrastructure: { path: '.' },
      inputs: { type: 'object', properties: {} },
      apps: [],
      requiresApproval: false,
    });
  });

  it('accepts a URL template with inputs, apps and an owner', () => {
    const parsed = stackTemplateRequestSchema.parse({
      ...template,
      description: ' The data platform ',
      owner: 'group:platform',
      source: { type: 'url', url: 'https://github.com/acme/tf/tree/main/dp' },
      version: '1.2.0',
      infrastructure: { path: 'infra' },
      inputs: {
        type: 'object',
        properties: {
          region: { type: 'string', enum: ['eu-west-1'], default: 'eu-west-1' },
          nodes: { type: 'integer', minimum: 1, maximum: 9, default: 3 },
          prefix: { type: 'string', pattern: '^[a-z]+$', maxLength: 10 },
          zones: { type: 'array', items: { type: 'string' }, default: ['a'] },
          public: { type: 'boolean', title: 'Public', description: 'Open' },
        },
        required: ['region'],
      },
      apps: [{ name: 'airflow', title: 'Airflow', path: 'apps/airflow' }],
      requiresApproval: true,
    });
    expect(parsed.owner).toBe('group:default/platform');
    expect(parsed.description).toBe('The data platform');
    expect(parsed.inputs.required).toEqual(['region']);
    expect(parsed.apps).toHaveLength(1);
  });

  it.each([
    [
      { source: { type: 'git', path: 'x' } },
      'source.type: Must be { type: "directory", path } or { type: "url", url }',
    ],
    [
      { source: { type: 'url', url: 'ftp://example.com/x' } },
      'source.url: Must be an http or https URL',
    ],
    [
      { source: { type: 'directory', path: 'x', ref: 'main' } },
      'source: Unknown field "ref"; the allowed fields are type, path',
    ],
    [
      { infrastructure: { path: '../outside' } },
      'infrastructure.path: Path must be relative to the template source and must not contain ".."',
    ],
    [
      { infrastructure: { path: '/etc' } },
      'infrastructure.path: Path must be relative to the template source and must not contain ".."',
    ],
    [{ requiresApproval: 'yes' }, 'requiresApproval: Must be true or false'],
    [
      {
        apps: [
          { name: 'a', path: 'x' },
          { name: 'a', path: 'y' },
        ],
      },
      'apps[1]: "a" is given twice; each app name must be unique',
    ],
    [
      { apps: [{ name: 'a', path: 'apps/../../x' }] },
      'apps[0].path: Path must be relative to the template source and must not contain ".."',
    ],
    [
      { inputs: { type: 'array', properties: {} } },
      'inputs.type: Must be "object": the inputs are a JSON Schema object',
    ],
  ])('refuses %j', (change, message) => {
    expect(
      errorOf(stackTemplateRequestSchema, { ...template, ...change }),
    ).toBe(message);
  });

  it.each([
    [
      { type: 'object' },
      '.type: Type must be one of string, number, integer, boolean, array',
    ],
    [
      { type: 'string', minimum: 1 },
      '.minimum: minimum applies only to number and integer inputs, not string',
    ],
    [
      { type: 'number', pattern: 'x' },
      '.pattern: pattern applies only to string inputs, not number',
    ],
    [
      { type: 'string', items: { type: 'string' } },
      '.items: items applies only to array inputs, not string',
    ],
    [
      { type: 'integer', minimum: 5, maximum: 1 },
      '.maximum: maximum must not be less than minimum',
    ],
    [
      { type: 'string', minLength: 5, maxLength: 1 },
      '.maxLength: maxLength must not be less than minLength',
    ],
    [
      { type: 'string', pattern: '([' },
      '.pattern: pattern is not a valid regular expression',
    ],
    [
      { type: 'integer', default: 1.5 },
      '.default: The default must be an integer like the input',
    ],
    [
      { type: 'string', enum: ['a', 2] },
      '.enum[1]: Must be a string like the input',
    ],
    [
      { type: 'string', enum: ['a'], default: 'b' },
      '.default: The default must be one of the enum values',
    ],
    [
      { type: 'string', secret: true },
      ': Unknown field "secret": Template inputs cannot be secret: their values are stored with the workspace and shown to its members; give secrets through a cloud credential',
    ],
    [
      { type: 'string', format: 'email' },
      ': Unknown field "format"; the allowed fields are type, title, description, default, enum, minimum, maximum, pattern, minLength, maxLength, items',
    ],
  ])('refuses the input property %j', (property, message) => {
    const inputs = { type: 'object', properties: { region: property } };
    expect(errorOf(stackTemplateRequestSchema, { ...template, inputs })).toBe(
      `inputs.properties.region${message}`,
    );
  });

  it('refuses input names Terraform cannot take and unknown required names', () => {
    const inputs = {
      type: 'object',
      properties: { '1st': { type: 'string' } },
      required: ['missing'],
    };
    expect(errorOf(stackTemplateRequestSchema, { ...template, inputs })).toBe(
      'inputs.properties.1st: Input names become Terraform variables: up to 64 letters, digits, underscores and hyphens, starting with a letter or underscore; inputs.required[0]: "missing" must name a property, once',
    );
  });
});
