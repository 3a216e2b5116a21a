import { errorOf, template } from './accountResources.testUtils';
import { stackTemplateRequestSchema } from './stackTemplateRequest';

// The fields every kind shares, checked through one kind that has them all.
describe('stackTemplateRequestSchema', () => {
  it.each([
    [{ title: '' }, 'title: Title is required'],
    [
      { title: 'a'.repeat(101) },
      'title: Title must be at most 100 characters (got 101)',
    ],
    [{ title: 'Two\nlines' }, 'title: Title must be a single line'],
    [
      { title: 'Bell\u0007' },
      'title: Title must not contain control characters (found U+0007); only line breaks and tabs are allowed',
    ],
    [
      { name: 'Data' },
      'name: Name must be lowercase letters, digits and hyphens, starting and ending with a letter or digit (got "Data")',
    ],
    [
      { owner: 'component:x' },
      'owner: "component:x" refers to a component; only a user or a group can own or join a workspace, such as user:default/jane or group:default/platform-team',
    ],
  ])('refuses %j', (change, message) => {
    expect(
      errorOf(stackTemplateRequestSchema, { ...template, ...change }),
    ).toBe(message);
  });
});
