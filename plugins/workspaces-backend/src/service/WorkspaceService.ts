import { KeptStatePushes } from './KeptStatePushes';
import { StateLocks } from './StateLocks';
import { WorkspaceApproval } from './WorkspaceApproval';
import { WorkspaceCreation } from './WorkspaceCreation';
import { WorkspaceOperations } from './WorkspaceOperations';
import { WorkspaceQueries } from './WorkspaceQueries';
import { WorkspaceResources } from './WorkspaceResources';
import { WorkspaceSettings } from './WorkspaceSettings';
import type { WorkspacesServiceContext } from './WorkspacesServiceContext';

/** The workspace use cases, one class each, over one shared context. */
export class WorkspaceService {
  readonly queries: WorkspaceQueries;
  readonly creation: WorkspaceCreation;
  readonly operations: WorkspaceOperations;
  readonly approval: WorkspaceApproval;
  readonly settings: WorkspaceSettings;
  readonly keptStates: KeptStatePushes;
  readonly stateLocks: StateLocks;
  readonly resources: WorkspaceResources;

  constructor(ctx: WorkspacesServiceContext) {
    this.queries = new WorkspaceQueries(ctx);
    this.creation = new WorkspaceCreation(ctx);
    this.operations = new WorkspaceOperations(ctx);
    this.approval = new WorkspaceApproval(ctx);
    this.settings = new WorkspaceSettings(ctx);
    this.keptStates = new KeptStatePushes(ctx);
    this.stateLocks = new StateLocks(ctx);
    this.resources = new WorkspaceResources(ctx);
  }
}
