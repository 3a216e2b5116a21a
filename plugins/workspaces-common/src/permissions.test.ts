import { isResourcePermission } from '@backstage/plugin-permission-common';
import {
  WORKSPACE_RESOURCE_TYPE,
  accountManagePermission,
  accountReadPermission,
  workspaceApprovalSkipPermission,
  workspaceCreateOnBehalfPermission,
  workspaceCreatePermission,
  workspacesPermissions,
} from './permissions';

describe('permissions', () => {
  it('has unique names under the workspaces prefix', () => {
    const names = workspacesPermissions.map(permission => permission.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toHaveLength(13);
    for (const name of names) {
      expect(name).toMatch(
        /^workspaces\.(workspace|create|approval|state|account)\.[a-zA-Z]+$/,
      );
    }
  });

  it('ties every permission but the creation and account ones to a workspace', () => {
    const basicNames = workspacesPermissions
      .filter(permission => permission.type === 'basic')
      .map(permission => permission.name);
    const resourceTypes = workspacesPermissions
      .filter(permission => isResourcePermission(permission))
      .map(permission =>
        isResourcePermission(permission) ? permission.resourceType : undefined,
      );

    expect(basicNames).toEqual([
      workspaceCreatePermission.name,
      workspaceCreateOnBehalfPermission.name,
      workspaceApprovalSkipPermission.name,
      accountReadPermission.name,
      accountManagePermission.name,
    ]);
    expect(resourceTypes).toEqual(Array(8).fill(WORKSPACE_RESOURCE_TYPE));
    expect(WORKSPACE_RESOURCE_TYPE).toBe('workspace');
  });

  it('keeps the names policies refer to', () => {
    expect(
      workspacesPermissions.map(p => [p.name, p.attributes.action]),
    ).toEqual([
      ['workspaces.workspace.create', 'create'],
      ['workspaces.create.onBehalf', 'create'],
      ['workspaces.approval.skip', 'create'],
      ['workspaces.workspace.read', 'read'],
      ['workspaces.workspace.update', 'update'],
      ['workspaces.workspace.delete', 'delete'],
      ['workspaces.workspace.operate', 'update'],
      ['workspaces.workspace.approve', 'update'],
      ['workspaces.state.read', 'read'],
      ['workspaces.state.push', 'update'],
      ['workspaces.state.unlock', 'update'],
      ['workspaces.account.read', 'read'],
      ['workspaces.account.manage', 'update'],
    ]);
  });
});
