import { descriptionSchema } from './description';

function messagesFor(description: unknown): string[] {
  const result = descriptionSchema.safeParse(description);
  return result.success ? [] : result.error.issues.map(issue => issue.message);
}

describe('descriptionSchema', () => {
  it('is optional', () => {
    expect(descriptionSchema.parse(undefined)).toBeUndefined();
  });

  it('keeps line breaks and tabs', () => {
    const text = 'First line\n\tindented\r\nlast';
    expect(descriptionSchema.parse(text)).toBe(text);
  });

  it('accepts exactly 1000 characters and refuses 1001', () => {
    expect(messagesFor('d'.repeat(1000))).toEqual([]);
    expect(messagesFor('d'.repeat(1001))).toEqual([
      'Description must be at most 1000 characters (got 1001)',
    ]);
  });

  it.each([
    ['a bell', 'ring \u0007', 'U+0007'],
    ['an escape sequence', 'red \u001b[31m text', 'U+001B'],
    ['a NUL', 'nul\u0000byte', 'U+0000'],
    ['DEL', 'del\u007f', 'U+007F'],
    ['a C1 control', 'c1\u0085', 'U+0085'],
  ])('rejects %s', (_what, text, codePoint) => {
    expect(messagesFor(text)).toEqual([
      `Description must not contain control characters (found ${codePoint}); only line breaks and tabs are allowed`,
    ]);
  });
});
