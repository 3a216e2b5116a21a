import { accountResourceNameSchema } from './accountResourceName';

describe('accountResourceNameSchema', () => {
  it.each(['a', 'aws-prod', 'x1', 'a'.repeat(63)])('accepts %j', name => {
    expect(accountResourceNameSchema.parse(name)).toBe(name);
  });

  it.each([
    ['', 'Required'],
    ['a'.repeat(64), 'Name must be at most 63 characters (got 64)'],
    [
      'AWS',
      'Name must be lowercase letters, digits and hyphens, starting and ending with a letter or digit (got "AWS")',
    ],
    [
      '-aws',
      'Name must be lowercase letters, digits and hyphens, starting and ending with a letter or digit (got "-aws")',
    ],
    [
      'aws-',
      'Name must be lowercase letters, digits and hyphens, starting and ending with a letter or digit (got "aws-")',
    ],
    [
      'aws prod',
      'Name must be lowercase letters, digits and hyphens, starting and ending with a letter or digit (got "aws prod")',
    ],
  ])('rejects %j', (name, message) => {
    const result = accountResourceNameSchema.safeParse(name);
    expect(result.error?.issues.map(issue => issue.message)).toEqual([message]);
  });
});
