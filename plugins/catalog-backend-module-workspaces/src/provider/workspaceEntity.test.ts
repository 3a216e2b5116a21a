import { members, workspace } from '../__testUtils__/fixtures';
import type { EntityContext } from './entityConventions';
import { workspaceToEntity } from './workspaceEntity';

const context: EntityContext = {
  location: 'url:https://backstage.example.com/api/workspaces',
  appBaseUrl: 'https://backstage.example.com/',
  defaultOwner: 'unknown',
};

describe('workspaceToEntity', () => {
  it('maps a workspace to a workspace Resource named by its external id', () => {
    const entity = workspaceToEntity(workspace(), members, context);
    const page =
      'https://backstage.example.com/workspaces/7d3f1c2a-0000-4000-8000-000000000001';
    expect(entity).toEqual({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Resource',
      metadata: {
        name: 'ws-k3v9x0q2mz',
        title: 'Analytics sandbox',
        description: 'Where the analysts play',
        annotations: {
          'backstage.io/managed-by-location': context.location,
          'backstage.io/managed-by-origin-location': context.location,
          'oqullus.io/workspace-id': '7d3f1c2a-0000-4000-8000-000000000001',
          'oqullus.io/external-id': 'ws-k3v9x0q2mz',
          'oqullus.io/workspace-page': page,
          'oqullus.io/members':
            'user:default/alice=admin,group:default/analysts=viewer',
        },
        labels: {
          'oqullus.io/status': 'running',
          'oqullus.io/approval': 'approved',
        },
        links: [{ url: page, title: 'Workspace page' }],
      },
      spec: {
        type: 'workspace',
        owner: 'user:default/alice',
        members: ['user:default/alice', 'group:default/analysts'],
        builtFrom: [
          'resource:default/stack-template-lakehouse-local',
          'resource:default/cloud-credential-aws-dev',
          'resource:default/state-storage-builtin',
          'resource:default/network-shared-vpc',
        ],
      },
    });
  });

  it('is built from no network when the template creates its own', () => {
    const base = workspace();
    const entity = workspaceToEntity(
      workspace({ provisioning: { ...base.provisioning, network: null } }),
      [],
      context,
    );
    expect(entity.spec?.builtFrom).toEqual([
      'resource:default/stack-template-lakehouse-local',
      'resource:default/cloud-credential-aws-dev',
      'resource:default/state-storage-builtin',
    ]);
    expect(entity.metadata.annotations?.['oqullus.io/members']).toBe('');
    expect(entity.spec?.members).toEqual([]);
  });

  it('leaves out the description when the workspace has none', () => {
    const entity = workspaceToEntity(
      workspace({ description: undefined, status: 'provisioning' }),
      members,
      context,
    );
    expect(entity.metadata).not.toHaveProperty('description');
    expect(entity.metadata.labels?.['oqullus.io/status']).toBe('provisioning');
  });
});
