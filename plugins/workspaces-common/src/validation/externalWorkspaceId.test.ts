import {
  EXTERNAL_ID_PATTERN,
  externalWorkspaceIdSchema,
  generateExternalWorkspaceId,
} from './externalWorkspaceId';

function messagesFor(id: unknown): string[] {
  const result = externalWorkspaceIdSchema.safeParse(id);
  return result.success ? [] : result.error.issues.map(issue => issue.message);
}

describe('externalWorkspaceIdSchema', () => {
  it.each(['abc', 'ws-data-eu1', 'a1b', `a${'b'.repeat(39)}`, 'team-42-x'])(
    'accepts %j',
    id => {
      expect(messagesFor(id)).toEqual([]);
      expect(EXTERNAL_ID_PATTERN.test(id)).toBe(true);
    },
  );

  it.each([
    [
      'too short',
      'ab',
      'External workspace ID must be at least 3 characters (got 2)',
    ],
    [
      'too long',
      `a${'b'.repeat(40)}`,
      'External workspace ID must be at most 40 characters (got 41)',
    ],
    [
      'uppercase',
      'WsData',
      'External workspace ID may only contain lowercase letters, digits and hyphens (found "W", "D")',
    ],
    [
      'an underscore',
      'ws_data',
      'External workspace ID may only contain lowercase letters, digits and hyphens (found "_")',
    ],
    [
      'a leading digit',
      '1ws',
      'External workspace ID must start with a lowercase letter',
    ],
    [
      'a leading hyphen',
      '-ws',
      'External workspace ID must start with a lowercase letter',
    ],
    [
      'a trailing hyphen',
      'ws-',
      'External workspace ID must not end with a hyphen',
    ],
    [
      'two hyphens in a row',
      'ws--data',
      'External workspace ID must not contain two hyphens in a row',
    ],
  ])('rejects an ID with %s', (_what, id, message) => {
    expect(messagesFor(id)).toEqual([message]);
    expect(EXTERNAL_ID_PATTERN.test(id)).toBe(false);
  });
});

describe('generateExternalWorkspaceId', () => {
  it('makes ws- plus 10 lowercase letters and digits', () => {
    expect(generateExternalWorkspaceId()).toMatch(/^ws-[a-z0-9]{10}$/);
  });

  it('makes IDs the custom-ID rules accept, and 1000 of them are distinct', () => {
    const ids = Array.from({ length: 1000 }, () =>
      generateExternalWorkspaceId(),
    );

    for (const id of ids) {
      expect(externalWorkspaceIdSchema.safeParse(id).success).toBe(true);
      expect(EXTERNAL_ID_PATTERN.test(id)).toBe(true);
    }
    expect(new Set(ids).size).toBe(1000);
  });

  it('draws every character of the alphabet', () => {
    const seen = new Set(
      Array.from({ length: 500 }, () =>
        generateExternalWorkspaceId().slice(3),
      ).join(''),
    );
    expect(seen.size).toBe(36);
  });
});
