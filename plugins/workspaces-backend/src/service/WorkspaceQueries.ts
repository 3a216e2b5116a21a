import { InputError, NotFoundError } from '@backstage/errors';
import {
  workspaceReadPermission,
  type ApprovalState,
  type Job,
  type JobLogPage,
  type SortOrder,
  type WorkspaceList,
  type WorkspaceListSort,
  type WorkspaceEventPage,
  type WorkspaceMember,
  type WorkspaceStatus,
  type WorkspaceWithAllowedOperations,
} from '@oqullus/plugin-workspaces-common';
import type { Caller } from '../access/Caller';
import { decideAllOperations, loadWorkspace } from './workspaceAuthorization';
import { StateLocks } from './StateLocks';
import type { WorkspacesServiceContext } from './WorkspacesServiceContext';

export type WorkspaceListRequest = {
  scope: 'mine' | 'all';
  statuses?: WorkspaceStatus[];
  approval?: ApprovalState;
  stackTemplate?: string;
  owner?: string;
  q?: string;
  limit: number;
  cursor?: string;
  sort?: WorkspaceListSort;
  order?: SortOrder;
};

function summarize(job: Job | undefined) {
  return job
    ? {
        id: job.id,
        operation: job.operation,
        status: job.status,
        createdAt: job.createdAt,
      }
    : null;
}

/** Reading workspaces, their members, events and jobs. */
export class WorkspaceQueries {
  constructor(private readonly ctx: WorkspacesServiceContext) {}

  async get(
    caller: Caller,
    id: string,
  ): Promise<WorkspaceWithAllowedOperations> {
    const { stores } = this.ctx.database;
    const policy = await this.ctx.access.policyFor(caller);
    const loaded = await loadWorkspace(stores, caller, policy, id);
    const activeJob = await stores.jobs.getActive(id);
    return {
      ...loaded.workspace,
      activeJob: summarize(activeJob),
      allowedOperations: decideAllOperations(policy, loaded, activeJob),
      keptStates: await stores.keptStates.listPending(id),
      stateLocks: await new StateLocks(this.ctx).list(id),
    };
  }

  private async load(caller: Caller, id: string) {
    const policy = await this.ctx.access.policyFor(caller);
    return loadWorkspace(this.ctx.database.stores, caller, policy, id);
  }

  async list(
    caller: Caller,
    request: WorkspaceListRequest,
  ): Promise<WorkspaceList> {
    const access = await this.ctx.access.listAccess(
      caller,
      workspaceReadPermission,
    );
    if (access.result === 'deny') {
      return { items: [] };
    }
    if (request.scope === 'mine' && !caller.isUser) {
      throw new InputError(
        "scope=mine needs a user's token: a service has no workspaces of its own; use scope=all",
      );
    }
    const { stores } = this.ctx.database;
    const page = await stores.workspaces.list({
      filter: access.result === 'filter' ? access.filter : undefined,
      involving: request.scope === 'mine' ? caller.ownershipRefs : undefined,
      statuses: request.statuses,
      approval: request.approval,
      stackTemplate: request.stackTemplate,
      owner: request.owner,
      q: request.q,
      limit: request.limit,
      cursor: request.cursor,
      sort: request.sort,
      order: request.order,
    });
    const activeJobs = await stores.jobs.getActiveForWorkspaces(
      page.items.map(w => w.id),
    );
    return {
      items: page.items.map(w => ({
        ...w,
        activeJob: summarize(activeJobs.get(w.id)),
      })),
      nextCursor: page.nextCursor,
    };
  }

  async members(caller: Caller, id: string): Promise<WorkspaceMember[]> {
    const loaded = await this.load(caller, id);
    return loaded.members;
  }

  async events(
    caller: Caller,
    id: string,
    options: { after?: string; limit: number },
  ): Promise<WorkspaceEventPage> {
    const { stores } = this.ctx.database;
    await this.load(caller, id);
    return stores.events.list(id, options);
  }

  async jobs(caller: Caller, id: string): Promise<Job[]> {
    const { stores } = this.ctx.database;
    await this.load(caller, id);
    return stores.jobs.listForWorkspace(id, { limit: 100 });
  }

  async job(caller: Caller, jobId: string): Promise<Job> {
    const { stores } = this.ctx.database;
    const job = await stores.jobs.get(jobId);
    if (!job) {
      throw jobNotFound(jobId);
    }
    try {
      await this.load(caller, job.workspaceId);
    } catch {
      // Not seeing the workspace means not seeing its jobs either.
      throw jobNotFound(jobId);
    }
    return job;
  }

  /** The raw log of a job, from after the given chunk on. */
  async jobLog(
    caller: Caller,
    jobId: string,
    options: { after?: number; limit: number },
  ): Promise<JobLogPage> {
    await this.job(caller, jobId);
    return this.ctx.database.stores.jobLogs.list(jobId, options);
  }
}

export function jobNotFound(jobId: string) {
  return new NotFoundError(
    `No job with id '${jobId}' is visible to you; list a workspace's jobs with GET /workspaces/{id}/jobs`,
  );
}
