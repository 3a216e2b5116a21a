import { workspaceNameSchema, WORKSPACE_NAME_PATTERN } from './workspaceName';

function messagesFor(name: unknown): string[] {
  const result = workspaceNameSchema.safeParse(name);
  return result.success ? [] : result.error.issues.map(issue => issue.message);
}

describe('workspaceNameSchema', () => {
  it.each([
    'abc',
    'Data Platform EU',
    'team_a.analytics-2',
    '9lives',
    'x'.repeat(63),
  ])('accepts %j', name => {
    expect(workspaceNameSchema.parse(name)).toBe(name);
    expect(WORKSPACE_NAME_PATTERN.test(name)).toBe(true);
  });

  it('trims surrounding whitespace', () => {
    expect(workspaceNameSchema.parse('  My workspace \n')).toBe('My workspace');
  });

  it('says how long a name may be and how long it was', () => {
    expect(messagesFor('x'.repeat(70))).toEqual([
      'Workspace name must be at most 63 characters (got 70)',
    ]);
    expect(messagesFor('ab')).toEqual([
      'Workspace name must be at least 3 characters (got 2)',
    ]);
  });

  it('rejects SQL-looking input through the character rules', () => {
    expect(messagesFor("x'; DROP TABLE")).toEqual([
      `Workspace name may only contain letters, digits, spaces, "-", "_" and "." (found "'", ";")`,
    ]);
  });

  it.each([
    'bad\u0007name',
    'tab\tname',
    'new\nline',
    'ünïcode',
    'a/b',
    '<script>',
  ])('rejects %j', name => {
    expect(messagesFor(name)).not.toEqual([]);
    expect(WORKSPACE_NAME_PATTERN.test(name)).toBe(false);
  });

  it('requires a letter or digit first', () => {
    expect(messagesFor('-abc')).toEqual([
      'Workspace name must start with a letter or digit',
    ]);
    expect(messagesFor('.hidden')).toHaveLength(1);
  });

  it('says a missing name is required', () => {
    expect(messagesFor(undefined)).toEqual(['Required']);
    expect(messagesFor(42)).toEqual(['Must be text']);
  });
});
