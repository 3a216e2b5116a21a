import { accountResourceRequestSchemas } from './accountResources';
import { errorOf } from './accountResources.testUtils';

describe('accountResourceRequestSchemas', () => {
  it('has one schema per kind, each requiring a name and a title', () => {
    for (const schema of Object.values(accountResourceRequestSchemas)) {
      expect(errorOf(schema, {})).toMatch(/^name: Required; title: Required/);
    }
  });
});
