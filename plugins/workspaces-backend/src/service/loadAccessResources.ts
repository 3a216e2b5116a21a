import type { WorkspaceAccessResource } from '@oqullus/plugin-workspaces-node';
import type { WorkspacesDatabase } from '../database/WorkspacesDatabase';

/**
 * The permission backend asks for resources by id when it applies conditions for
 * another plugin (e.g. a policy module checking a workspace). Missing ids stay
 * undefined, as the permission framework expects.
 */
export async function loadAccessResources(
  database: WorkspacesDatabase,
  ids: string[],
): Promise<Array<WorkspaceAccessResource | undefined>> {
  const { workspaces, members } = database.stores;
  return Promise.all(
    ids.map(async id => {
      const workspace = await workspaces.get(id);
      if (!workspace) return undefined;
      const list = await members.list(id);
      return {
        id,
        owner: workspace.owner,
        status: workspace.status,
        members: list.map(({ ref, role }) => ({ ref, role })),
      };
    }),
  );
}
