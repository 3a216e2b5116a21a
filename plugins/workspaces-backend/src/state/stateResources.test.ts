import { describeAddress, listStateResources } from './stateResources';

describe('listStateResources', () => {
  it('names every instance by its full address, with module, data prefix and index key, and never a value', () => {
    const listed = listStateResources({
      resources: [
        {
          module: 'module.db["eu.west"]',
          mode: 'managed',
          type: 'aws_db_instance',
          name: 'main',
          provider:
            'module.db["eu.west"].provider["registry.terraform.io/hashicorp/aws"].east',
          instances: [
            { index_key: 0, attributes: { password: 'hunter2' } } as any,
            { index_key: 1 },
          ],
        },
        {
          mode: 'data',
          type: 'http',
          name: 'health',
          provider: 'provider["registry.terraform.io/hashicorp/http"]',
          instances: [{}],
        },
        {
          mode: 'managed',
          type: 'terraform_data',
          name: 'by_key',
          instances: [{ index_key: 'a b' }],
        },
        // Removed from the configuration and already destroyed: nothing to list.
        { mode: 'managed', type: 'null_resource', name: 'gone', instances: [] },
      ],
    });
    expect(listed).toEqual([
      {
        address: 'module.db["eu.west"].aws_db_instance.main[0]',
        type: 'aws_db_instance',
        mode: 'managed',
        provider: 'registry.terraform.io/hashicorp/aws',
      },
      {
        address: 'module.db["eu.west"].aws_db_instance.main[1]',
        type: 'aws_db_instance',
        mode: 'managed',
        provider: 'registry.terraform.io/hashicorp/aws',
      },
      {
        address: 'data.http.health',
        type: 'http',
        mode: 'data',
        provider: 'registry.terraform.io/hashicorp/http',
      },
      {
        address: 'terraform_data.by_key["a b"]',
        type: 'terraform_data',
        mode: 'managed',
      },
    ]);
    expect(JSON.stringify(listed)).not.toContain('hunter2');
  });

  it('lists nothing for a state without resources', () => {
    expect(listStateResources({})).toEqual([]);
  });
});

describe('describeAddress', () => {
  it.each([
    ['terraform_data.storage', 'terraform_data', 'managed'],
    ['terraform_data.compute[0]', 'terraform_data', 'managed'],
    ['data.http.health', 'http', 'data'],
    ['module.db.aws_db_instance.main', 'aws_db_instance', 'managed'],
    ['module.a["x.y"].module.b[2].data.aws_ami.base', 'aws_ami', 'data'],
    ['aws_s3_bucket.lake["eu.west"]', 'aws_s3_bucket', 'managed'],
  ])('reads %s as %s (%s)', (address, type, mode) => {
    expect(describeAddress(address)).toEqual({ type, mode });
  });
});
