import {
  cloudCredential,
  network,
  stackTemplate,
  stateStorage,
} from '../__testUtils__/fixtures';
import { accountResourceToEntity } from './accountResourceEntity';
import type { EntityContext } from './entityConventions';

const context: EntityContext = {
  location: 'url:https://backstage.example.com/api/workspaces',
  appBaseUrl: 'https://backstage.example.com',
  defaultOwner: 'group:default/workspaces-admins',
};

describe('accountResourceToEntity', () => {
  it('maps a stack template to a stack-template Resource named with its type', () => {
    const entity = accountResourceToEntity(
      'stack-templates',
      stackTemplate,
      context,
    );
    expect(entity).toEqual({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Resource',
      metadata: {
        name: 'stack-template-lakehouse-local',
        title: 'Lakehouse (local)',
        description: 'A lakehouse on the laptop',
        annotations: {
          'backstage.io/managed-by-location': context.location,
          'backstage.io/managed-by-origin-location': context.location,
          'oqullus.io/account-resource': 'stack-templates/lakehouse-local',
        },
        labels: { 'oqullus.io/status': 'valid' },
      },
      spec: {
        type: 'stack-template',
        owner: 'group:default/platform',
        version: '1.2.0',
        requiresApproval: true,
      },
    });
  });

  it('maps a cloud credential to its provider and identity only', () => {
    const entity = accountResourceToEntity(
      'cloud-credentials',
      cloudCredential,
      context,
    );
    expect(entity.metadata.name).toBe('cloud-credential-aws-dev');
    expect(entity.spec).toEqual({
      type: 'cloud-credential',
      owner: 'group:default/workspaces-admins',
      provider: 'aws',
      identity: cloudCredential.identity,
    });
  });

  it('puts no secret reference of a credential or storage into the entity at all', () => {
    const serialized = JSON.stringify([
      accountResourceToEntity('cloud-credentials', cloudCredential, context),
      accountResourceToEntity('state-storages', stateStorage, context),
    ]);
    for (const secret of [
      ...cloudCredential.secrets,
      ...(stateStorage.secrets ?? []),
    ]) {
      expect(serialized).not.toContain(secret.name);
      expect(serialized).not.toContain(JSON.stringify(secret.from));
      expect(serialized).not.toContain(Object.values(secret.from)[0]);
    }
    expect(serialized).not.toContain('secrets');
  });

  it('maps a state storage with its storage kind and validation status label', () => {
    const entity = accountResourceToEntity(
      'state-storages',
      stateStorage,
      context,
    );
    expect(entity.metadata.name).toBe('state-storage-builtin');
    expect(entity.metadata.labels).toEqual({ 'oqullus.io/status': 'warning' });
    expect(entity.metadata).not.toHaveProperty('description');
    expect(entity.spec).toEqual({
      type: 'state-storage',
      owner: 'group:default/workspaces-admins',
      storageKind: 'builtin',
    });
  });

  it('maps a network with its non-secret identity', () => {
    const entity = accountResourceToEntity('networks', network, context);
    expect(entity.metadata.name).toBe('network-shared-vpc');
    expect(entity.spec).toEqual({
      type: 'network',
      owner: 'group:default/network',
      provider: 'aws',
      networkId: 'vpc-0abc',
      cidr: '10.0.0.0/16',
      region: 'eu-west-1',
    });
  });

  it('keeps names of long resources within 63 characters, stable and distinct', () => {
    const long = (suffix: string) => ({
      ...stackTemplate,
      name: `${'a'.repeat(60)}${suffix}`,
    });
    const first = accountResourceToEntity('stack-templates', long('1'), context)
      .metadata.name;
    const again = accountResourceToEntity('stack-templates', long('1'), context)
      .metadata.name;
    const second = accountResourceToEntity(
      'stack-templates',
      long('2'),
      context,
    ).metadata.name;
    expect(first.length).toBeLessThanOrEqual(63);
    expect(first).toMatch(/^stack-template-a+-[0-9a-f]{8}$/);
    expect(first).toBe(again);
    expect(first).not.toBe(second);
  });
});
