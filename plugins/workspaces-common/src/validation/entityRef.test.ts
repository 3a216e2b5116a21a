import { entityRefSchema } from './entityRef';

function messagesFor(ref: unknown): string[] {
  const result = entityRefSchema.safeParse(ref);
  return result.success ? [] : result.error.issues.map(issue => issue.message);
}

describe('entityRefSchema', () => {
  it.each([
    ['user:default/jane', 'user:default/jane'],
    ['user:jane', 'user:default/jane'],
    ['User:default/jane', 'user:default/jane'],
    ['group:platform/team-a', 'group:platform/team-a'],
    ['  group:team-a ', 'group:default/team-a'],
  ])('accepts %j as %j', (ref, canonical) => {
    expect(entityRefSchema.parse(ref)).toBe(canonical);
  });

  it('refuses kinds other than user and group, and says so', () => {
    expect(messagesFor('component:default/x')).toEqual([
      '"component:default/x" refers to a component; only a user or a group can own or join a workspace, such as user:default/jane or group:default/platform-team',
    ]);
  });

  it.each(['not a ref', 'jane', 'user:', ':jane'])(
    'refuses %j as not a reference',
    ref => {
      expect(messagesFor(ref)).toEqual([
        `"${ref}" is not an entity reference; write it like user:default/jane or group:default/platform-team`,
      ]);
    },
  );

  it('refuses names the catalog would not accept', () => {
    expect(messagesFor('user:default/jane doe')[0]).toMatch(
      /is not a valid entity reference/,
    );
  });

  it('refuses an empty or overlong ref', () => {
    expect(messagesFor('')[0]).toMatch(/^Required/);
    expect(messagesFor(`user:${'a'.repeat(300)}`)).toEqual([
      'Must be at most 255 characters',
    ]);
  });
});
