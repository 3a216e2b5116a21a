import { members, workspace } from '../__testUtils__/fixtures';
import type { EntityContext } from './entityConventions';
import { computeWorkspaceDelta, toEmittedWorkspaces } from './workspaceDelta';
import { workspaceToEntity } from './workspaceEntity';

const context: EntityContext = {
  location: 'url:http://localhost:7007/api/workspaces',
  appBaseUrl: 'http://localhost:3000',
  defaultOwner: 'unknown',
};

const first = workspaceToEntity(workspace(), members, context);
const second = workspaceToEntity(
  workspace({ id: 'id-2', externalId: 'ws-second' }),
  members,
  context,
);

describe('computeWorkspaceDelta', () => {
  it('adds every workspace when nothing was emitted before', () => {
    const delta = computeWorkspaceDelta(new Map(), [first, second]);
    expect(delta.added).toEqual([first, second]);
    expect(delta.removedRefs).toEqual([]);
  });

  it('reports nothing when no workspace changed', () => {
    const delta = computeWorkspaceDelta(toEmittedWorkspaces([first, second]), [
      first,
      second,
    ]);
    expect(delta.added).toEqual([]);
    expect(delta.removedRefs).toEqual([]);
  });

  it('adds a workspace again when its status changed', () => {
    const failed = workspaceToEntity(
      workspace({ status: 'failed' }),
      members,
      context,
    );
    const delta = computeWorkspaceDelta(toEmittedWorkspaces([first, second]), [
      failed,
      second,
    ]);
    expect(delta.added).toEqual([failed]);
    expect(delta.removedRefs).toEqual([]);
  });

  it('removes a workspace that is no longer listed', () => {
    const delta = computeWorkspaceDelta(toEmittedWorkspaces([first, second]), [
      second,
    ]);
    expect(delta.added).toEqual([]);
    expect(delta.removedRefs).toEqual(['resource:default/ws-k3v9x0q2mz']);
  });

  it('returns the state to compare the next run with', () => {
    const delta = computeWorkspaceDelta(toEmittedWorkspaces([first]), [second]);
    const next = computeWorkspaceDelta(delta.emitted, [second]);
    expect(next.added).toEqual([]);
    expect(next.removedRefs).toEqual([]);
  });
});
