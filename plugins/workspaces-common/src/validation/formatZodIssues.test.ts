import { formatZodIssues } from './formatZodIssues';

describe('formatZodIssues', () => {
  it('joins issues with their paths', () => {
    expect(
      formatZodIssues({
        issues: [
          {
            path: ['name'],
            message: 'Workspace name must be at most 63 characters (got 70)',
          },
          { path: ['provisioning', 'stackTemplate'], message: 'Required' },
          { path: ['apps', 0, 'name'], message: 'Required' },
          {
            path: [],
            message: 'Give at least one field to change: name or description',
          },
        ],
      }),
    ).toBe(
      'name: Workspace name must be at most 63 characters (got 70); ' +
        'provisioning.stackTemplate: Required; apps[0].name: Required; ' +
        'Give at least one field to change: name or description',
    );
  });
});
