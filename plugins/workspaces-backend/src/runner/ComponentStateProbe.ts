import type { AccountResourceLookup } from '../account/AccountResourceLookup';
import type { WorkspaceRecord } from '../database/WorkspaceStore';
import type { WorkspacesDatabase } from '../database/WorkspacesDatabase';
import type { StateStore } from '../state/StateStore';
import {
  listStateResources,
  type StateDocumentResources,
} from '../state/stateResources';

/**
 * Tells whether a workspace's component (its infrastructure or one app) may hold
 * Terraform state, so that destroying one that holds none needs no Terraform at all:
 * an app whose infrastructure never came up cannot even be planned (its inputs are the
 * infrastructure's outputs, which never existed).
 */
export interface ComponentStateProbe {
  mayHoldState(workspace: WorkspaceRecord, component: string): Promise<boolean>;
}

/** Whether a Terraform state document still manages anything. */
export function managesResources(stateText: string): boolean {
  let document: StateDocumentResources;
  try {
    document = JSON.parse(stateText);
  } catch {
    // Unreadable is not empty: let Terraform look at it.
    return true;
  }
  return listStateResources(document).some(
    resource => resource.mode === 'managed',
  );
}

/**
 * The built-in storage is asked directly: its state says what exists. Other storages
 * cannot be read without Terraform, so there the job history answers: a component no
 * job ever started a step for was never applied.
 */
export class StoredComponentStateProbe implements ComponentStateProbe {
  constructor(
    private readonly deps: {
      registry: Pick<AccountResourceLookup, 'get'>;
      stateStore: StateStore;
      database: WorkspacesDatabase;
    },
  ) {}

  async mayHoldState(
    workspace: WorkspaceRecord,
    component: string,
  ): Promise<boolean> {
    const storage = await this.deps.registry.get(
      'state-storages',
      workspace.provisioning.stateStorage,
    );
    if (storage.kind === 'builtin') {
      const current = await this.deps.stateStore.current({
        workspaceId: workspace.id,
        component,
      });
      return current !== undefined && managesResources(current.state);
    }
    const started = await this.deps.database.stores.jobs.listStartedSteps(
      workspace.id,
    );
    return started.has(component);
  }
}
