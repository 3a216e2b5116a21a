import type {
  WorkspaceResource,
  WorkspaceResourceList,
} from '@oqullus/plugin-workspaces-common';
import type { Caller } from '../access/Caller';
import type { WorkspaceRecord } from '../database/WorkspaceStore';
import { describeAddress, listStateResources } from '../state/stateResources';
import { loadWorkspace } from './workspaceAuthorization';
import type { WorkspacesServiceContext } from './WorkspacesServiceContext';

/** Terraform's apply actions after which the resource exists (`read`: a data source). */
const EXISTS_AFTER = new Set(['create', 'update', 'read']);

/**
 * What a workspace's Terraform states hold, for the Resources card: addresses and
 * types only, never attribute values, which can hold secrets.
 */
export class WorkspaceResources {
  constructor(private readonly ctx: WorkspacesServiceContext) {}

  /** GET /workspaces/{id}/resources, for whoever may read the workspace. */
  async list(caller: Caller, id: string): Promise<WorkspaceResourceList> {
    const policy = await this.ctx.access.policyFor(caller);
    const { workspace } = await loadWorkspace(
      this.ctx.database.stores,
      caller,
      policy,
      id,
    );
    const storage = await this.ctx.accountResources.get(
      'state-storages',
      workspace.provisioning.stateStorage,
    );
    const source = storage.kind === 'builtin' ? 'state' : 'last-apply';
    if (workspace.status === 'deleted') return { items: [], source };
    const items =
      source === 'state'
        ? await this.fromStates(workspace)
        : await this.fromApplies(workspace.id);
    return { items: items.sort(byComponentThenAddress), source };
  }

  private async fromStates(
    workspace: WorkspaceRecord,
  ): Promise<WorkspaceResource[]> {
    const components = [
      'infrastructure',
      ...workspace.apps.map(app => app.name),
    ];
    const lists = await Promise.all(
      components.map(async component => {
        const current = await this.ctx.stateStore.current({
          workspaceId: workspace.id,
          component,
        });
        if (!current) return [];
        let document;
        try {
          document = JSON.parse(current.state);
        } catch {
          // The storage only accepts JSON; an unreadable row lists nothing rather than fail the page.
          return [];
        }
        return listStateResources(document).map(resource => ({
          component,
          ...resource,
        }));
      }),
    );
    return lists.flat();
  }

  /**
   * Storages the portal cannot read: what the succeeded jobs' applies reported, oldest
   * first, since an apply only reports what it changed.
   */
  private async fromApplies(workspaceId: string): Promise<WorkspaceResource[]> {
    const { jobs, events } = this.ctx.database.stores;
    const succeeded = (await jobs.listForWorkspace(workspaceId, { limit: 100 }))
      .filter(job => job.status === 'succeeded')
      .reverse();
    const existing = new Map<string, WorkspaceResource>();
    for (const job of succeeded) {
      const reported = await events.listOfJob(workspaceId, job.id, [
        'terraform.resource',
      ]);
      for (const event of reported) {
        if (event.type !== 'terraform.resource') continue;
        const { address, action, phase, step } = event.data;
        if (phase !== 'completed') continue;
        const component = step ?? 'infrastructure';
        const key = JSON.stringify([component, address]);
        if (action === 'delete') existing.delete(key);
        else if (EXISTS_AFTER.has(action)) {
          existing.set(key, {
            component,
            address,
            ...describeAddress(address),
          });
        }
      }
    }
    return [...existing.values()];
  }
}

function byComponentThenAddress(a: WorkspaceResource, b: WorkspaceResource) {
  // The infrastructure first: the apps are built on it.
  const rank = (r: WorkspaceResource) =>
    r.component === 'infrastructure' ? '' : r.component;
  return rank(a).localeCompare(rank(b)) || a.address.localeCompare(b.address);
}
