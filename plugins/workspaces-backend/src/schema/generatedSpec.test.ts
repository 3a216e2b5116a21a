import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { OPENAPI_SPEC_PATH } from './openapi';
import { spec } from './openapi/generated/spec';

// The router and the contract tests read the generated object, not the YAML: a
// stale object would let both pass against a contract that is no longer written.
describe('the generated spec', () => {
  it('is openapi.yaml as written (run yarn generate:openapi when it is not)', () => {
    expect(spec).toEqual(parse(readFileSync(OPENAPI_SPEC_PATH, 'utf8')));
  });
});
