import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readTerraformOutputs } from './readTerraformOutputs';

describe('readTerraformOutputs', () => {
  it('keeps the values of non-sensitive outputs and drops the sensitive one', () => {
    // Real `terraform output -json` of the research demo module: the secret is in clear.
    const stdout = readFileSync(
      join(__dirname, '__fixtures__', 'output.json'),
      'utf8',
    );
    expect(stdout).toContain('s3cr3t-default');

    const outputs = readTerraformOutputs(stdout);

    expect(outputs).toEqual({
      a_out: 'hello-demo',
      b_out: { n: 2, upstream: 'hello-demo' },
    });
    expect(JSON.stringify(outputs)).not.toContain('s3cr3t-default');
  });

  it('drops an output whose sensitivity is not stated', () => {
    expect(
      readTerraformOutputs(
        '{"a":{"value":1},"b":{"sensitive":"false","value":2},"c":{"sensitive":false,"value":null}}',
      ),
    ).toEqual({ c: null });
  });

  it('reads no outputs as an empty object', () => {
    expect(readTerraformOutputs('{}\n')).toEqual({});
  });

  it('explains output that is not JSON', () => {
    expect(() => readTerraformOutputs('Warning: No outputs found')).toThrow(
      'terraform output -json did not print a JSON document; see the job log.',
    );
    expect(() => readTerraformOutputs('[1]')).toThrow(/object of outputs/);
  });
});
