import { createHash, randomUUID } from 'node:crypto';
import {
  ConflictError,
  InputError,
  NotAllowedError,
  isError,
} from '@backstage/errors';
import {
  creationNeedsApproval,
  type createWorkspaceRequestSchema,
  generateExternalWorkspaceId,
  workspaceApprovalSkipPermission,
  workspaceCreateOnBehalfPermission,
  workspaceCreatePermission,
  type AccountResourceKind,
  type Job,
  type WorkspaceEvent,
} from '@oqullus/plugin-workspaces-common';
import type { z } from 'zod';
import type { Caller } from '../access/Caller';
import type { NewWorkspaceEvent } from '../database/EventStore';
import type { WorkspaceRecord } from '../database/WorkspaceStore';
import type { WorkspacesStores } from '../database/WorkspacesDatabase';
import { enqueueJob } from './enqueueJob';
import { validateTemplateParameters } from './validateTemplateParameters';
import { workspaceEvent } from '../database/workspaceEvents';
import type { WorkspacesServiceContext } from './WorkspacesServiceContext';

/** A create request as the router hands it over: parsed, defaults filled in. */
export type ParsedCreateWorkspaceRequest = z.output<
  typeof createWorkspaceRequestSchema
>;

/** The Idempotency-Key was used before: the transaction rolls back and replays. */
class IdempotentReplay extends Error {}

export type CreateResult = {
  workspace: WorkspaceRecord;
  /** The Provision job the request queued; null when the workspace waits for approval. */
  job: Job | null;
  replayed: boolean;
};

const provisioningFields: Array<[string, AccountResourceKind, string]> = [
  ['stackTemplate', 'stack-templates', 'stack template'],
  ['cloudCredential', 'cloud-credentials', 'cloud credential'],
  ['stateStorage', 'state-storages', 'state storage'],
  ['network', 'networks', 'network'],
];

/** Creating workspaces: validation, approval policy, the first job, and idempotency. */
export class WorkspaceCreation {
  constructor(private readonly ctx: WorkspacesServiceContext) {}

  async create(
    caller: Caller,
    request: ParsedCreateWorkspaceRequest,
    idempotencyKey?: string,
  ): Promise<CreateResult> {
    // One request for every creation decision the policy makes.
    const allowed = await this.ctx.access.allowedOf(caller, [
      workspaceCreatePermission,
      workspaceCreateOnBehalfPermission,
      workspaceApprovalSkipPermission,
    ]);
    if (!allowed.has(workspaceCreatePermission.name)) {
      throw new NotAllowedError(
        'You may not create workspaces: the portal permission policy does not allow it; ask an Account Owner or Admin to create one for you and add you to its members',
      );
    }
    // Of the parsed request: bodies that differ only in what parsing evens out
    // (spaces around a name, say) are the same request.
    const requestHash = createHash('sha256')
      .update(JSON.stringify(request))
      .digest('hex');

    if (idempotencyKey) {
      const replay = await this.replay(caller, idempotencyKey, requestHash);
      if (replay) return replay;
    }

    const owner = request.owner ?? (caller.isUser ? caller.ref : undefined);
    if (!owner) {
      throw new InputError(
        'owner: required when a service creates a workspace (a user or group entity ref)',
      );
    }
    // A service owns nothing and names the owner of all it creates: its create grant
    // covers that. A user needs the policy's leave to create for others.
    if (
      caller.isUser &&
      !caller.ownershipRefs.includes(owner) &&
      !allowed.has(workspaceCreateOnBehalfPermission.name)
    ) {
      throw new NotAllowedError(
        `owner: you may create workspaces owned by yourself or a group you belong to, not by ${owner}`,
      );
    }

    const template = await this.resolveResources(request.provisioning);
    const parameters = validateTemplateParameters(
      template,
      request.parameters ?? {},
    );
    const needsApproval = creationNeedsApproval({
      templateRequiresApproval: template.requiresApproval,
      requesterMaySkipApproval: allowed.has(
        workspaceApprovalSkipPermission.name,
      ),
    });
    const now = this.ctx.clock();
    const at = now.toISOString();
    const workspace: WorkspaceRecord = {
      id: randomUUID(),
      externalId: request.externalId ?? generateExternalWorkspaceId(),
      name: request.name,
      description: request.description,
      owner,
      status: 'created',
      approval: needsApproval
        ? { state: 'pending', requestedBy: caller.ref, requestedAt: at }
        : { state: 'not-required' },
      provisioning: {
        stackTemplate: request.provisioning.stackTemplate,
        cloudCredential: request.provisioning.cloudCredential,
        stateStorage: request.provisioning.stateStorage,
        network: request.provisioning.network ?? null,
      },
      parameters,
      labels: request.labels,
      outputs: {},
      apps: template.apps.map(app => ({
        name: app.name,
        title: app.title,
        status: 'pending',
      })),
      createdBy: caller.ref,
      createdAt: at,
      updatedAt: at,
      lastActivityAt: at,
    };

    let recorded: { events: WorkspaceEvent[]; job: Job | null };
    try {
      recorded = await this.ctx.database.transaction(async stores => {
        const created = await stores.workspaces.insert(workspace);
        if (idempotencyKey) {
          const first = await stores.idempotency.record({
            principal: caller.ref,
            key: idempotencyKey,
            requestHash,
            workspaceId: created.id,
            createdAt: at,
          });
          if (!first) throw new IdempotentReplay();
        }
        return this.recordCreation(stores, caller, created, now);
      });
    } catch (error) {
      if (error instanceof IdempotentReplay && idempotencyKey) {
        const replay = await this.replay(caller, idempotencyKey, requestHash);
        if (replay) return replay;
      }
      throw error;
    }

    await this.ctx.broadcaster.publish(recorded.events);
    if (needsApproval) {
      await this.ctx.notifier.approvalRequested(
        workspace,
        this.ctx.accountRoles.approvers(),
      );
    }
    return { workspace, job: recorded.job, replayed: false };
  }

  private async recordCreation(
    stores: WorkspacesStores,
    caller: Caller,
    workspace: WorkspaceRecord,
    now: Date,
  ): Promise<{ events: WorkspaceEvent[]; job: Job | null }> {
    const base = { workspaceId: workspace.id, at: now, actor: caller.ref };
    const toAppend: NewWorkspaceEvent[] = [
      workspaceEvent('workspace.created', {
        ...base,
        message: `${caller.ref} created workspace ${workspace.name} (${workspace.externalId}) from stack template ${workspace.provisioning.stackTemplate}`,
        data: { name: workspace.name, externalId: workspace.externalId },
      }),
    ];
    if (workspace.approval.state === 'pending') {
      toAppend.push(
        workspaceEvent('approval.requested', {
          ...base,
          message:
            'Waiting for an Account Owner or Admin to approve this workspace before it is provisioned',
          data: {},
        }),
      );
    }
    const appended: WorkspaceEvent[] = [];
    for (const event of toAppend) {
      appended.push(await stores.events.append(event));
    }
    if (workspace.approval.state === 'pending') {
      return { events: appended, job: null };
    }
    const queued = await enqueueJob(stores, {
      workspace,
      operation: 'provision',
      actor: caller.ref,
      now,
    });
    return { events: [...appended, queued.event], job: queued.job };
  }

  /** The workspace a previous request with this key created, if there was one. */
  private async replay(
    caller: Caller,
    key: string,
    requestHash: string,
  ): Promise<CreateResult | undefined> {
    const { stores } = this.ctx.database;
    const previous = await stores.idempotency.find(caller.ref, key);
    if (!previous) return undefined;
    if (previous.requestHash !== requestHash) {
      throw new ConflictError(
        `Idempotency-Key '${key}' was already used for a different create request; use a new key for a new workspace`,
      );
    }
    const workspace = await stores.workspaces.get(previous.workspaceId);
    if (!workspace) {
      throw new ConflictError(
        `Idempotency-Key '${key}' belongs to a workspace that no longer exists; use a new key`,
      );
    }
    return {
      workspace,
      job: await this.jobQueuedAtCreation(workspace),
      replayed: true,
    };
  }

  /** The Provision job a create queued: the first one, if no approval was needed. */
  private async jobQueuedAtCreation(
    workspace: WorkspaceRecord,
  ): Promise<Job | null> {
    if (workspace.approval.state !== 'not-required') return null;
    const provisions = await this.ctx.database.stores.jobs.listForWorkspace(
      workspace.id,
      { limit: 1000, operation: 'provision' },
    );
    return provisions.at(-1) ?? null;
  }

  /** Every referenced account resource must exist; errors name the request field. */
  private async resolveResources(provisioning: {
    stackTemplate: string;
    cloudCredential: string;
    stateStorage: string;
    network?: string | null;
  }) {
    const problems: string[] = [];
    for (const [field, kind, label] of provisioningFields) {
      const name = provisioning[field as keyof typeof provisioning];
      if (!name) continue;
      try {
        await this.ctx.accountResources.get(kind, name);
      } catch (error) {
        if (isError(error) && error.name === 'NotFoundError') {
          problems.push(
            `provisioning.${field}: no ${label} named '${name}' is registered; list them with GET /account/${kind}`,
          );
        } else {
          throw error;
        }
      }
    }
    if (problems.length) {
      throw new InputError(problems.join('; '));
    }
    return this.ctx.accountResources.usableStackTemplate(
      provisioning.stackTemplate,
    );
  }
}
