import type { Entity } from '@backstage/catalog-model';
import {
  hasWorkspaceEntityMember,
  isWorkspaceEntity,
  isWorkspaceEntityOwner,
} from './workspaceEntityPermissionRules';

const workspace: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Resource',
  metadata: { name: 'ws-one' },
  spec: {
    type: 'workspace',
    owner: 'user:default/dana.dev',
    members: ['user:default/amy.member', 'group:default/Analytics'],
  },
};
const network: Entity = {
  ...workspace,
  metadata: { name: 'network-shared' },
  spec: { type: 'network', owner: 'user:default/dana.dev' },
};

describe('workspace entity permission rules', () => {
  it('tells workspace entities from every other entity', () => {
    expect(isWorkspaceEntity.apply(workspace, undefined)).toBe(true);
    expect(isWorkspaceEntity.apply(network, undefined)).toBe(false);
    expect(
      isWorkspaceEntity.apply({ ...workspace, kind: 'Component' }, undefined),
    ).toBe(false);
  });

  it('matches the owner and the members of a workspace entity without case', () => {
    expect(
      isWorkspaceEntityOwner.apply(workspace, {
        claims: ['User:default/Dana.Dev'],
      }),
    ).toBe(true);
    expect(
      isWorkspaceEntityOwner.apply(workspace, {
        claims: ['user:default/amy.member'],
      }),
    ).toBe(false);
    expect(
      hasWorkspaceEntityMember.apply(workspace, {
        claims: ['group:default/analytics'],
      }),
    ).toBe(true);
    expect(
      hasWorkspaceEntityMember.apply(workspace, {
        claims: ['user:default/dana.dev'],
      }),
    ).toBe(false);
  });

  it('never lets the owner or member rules allow an entity that is not a workspace', () => {
    expect(
      isWorkspaceEntityOwner.apply(network, {
        claims: ['user:default/dana.dev'],
      }),
    ).toBe(false);
  });

  it('queries the catalog on the same fields as it applies', () => {
    expect(isWorkspaceEntity.toQuery(undefined)).toEqual({
      allOf: [
        { key: 'kind', values: ['resource'] },
        { key: 'spec.type', values: ['workspace'] },
      ],
    });
    expect(
      hasWorkspaceEntityMember.toQuery({ claims: ['user:default/amy.member'] }),
    ).toEqual({
      allOf: [
        { key: 'spec.type', values: ['workspace'] },
        { key: 'spec.members', values: ['user:default/amy.member'] },
      ],
    });
  });
});
