import type { Entity } from '@backstage/catalog-model';
import type { CatalogProcessorResult } from '@backstage/plugin-catalog-node';
import { WorkspaceRelationsProcessor } from './WorkspaceRelationsProcessor';

const location = {
  type: 'url',
  target: 'http://localhost:7007/api/workspaces',
};

async function relationsOf(entity: Entity) {
  const emitted: CatalogProcessorResult[] = [];
  const returned = await new WorkspaceRelationsProcessor().postProcessEntity(
    entity,
    location,
    result => emitted.push(result),
  );
  expect(returned).toBe(entity);
  return emitted;
}

describe('WorkspaceRelationsProcessor', () => {
  it('relates a workspace entity to each resource it is built from, and nothing back', async () => {
    const emitted = await relationsOf({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Resource',
      metadata: { name: 'ws-one', namespace: 'default' },
      spec: {
        type: 'workspace',
        owner: 'user:default/dana.dev',
        builtFrom: ['resource:default/network-shared-vpc'],
      },
    });
    expect(emitted).toEqual([
      {
        type: 'relation',
        relation: {
          source: { kind: 'Resource', namespace: 'default', name: 'ws-one' },
          type: 'dependsOn',
          target: {
            kind: 'resource',
            namespace: 'default',
            name: 'network-shared-vpc',
          },
        },
      },
    ]);
  });

  it('leaves every other entity alone', async () => {
    expect(
      await relationsOf({
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Resource',
        metadata: { name: 'network-shared-vpc' },
        spec: { type: 'network', builtFrom: ['resource:default/other'] },
      }),
    ).toEqual([]);
  });
});
