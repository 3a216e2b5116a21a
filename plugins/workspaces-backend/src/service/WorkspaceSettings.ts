import {
  ConflictError,
  InputError,
  NotAllowedError,
  NotFoundError,
} from '@backstage/errors';
import {
  memberRoleLabels,
  workspaceUpdatePermission,
  type ChangeMemberRoleRequest,
  type UpdateWorkspaceRequest,
  type WorkspaceEvent,
  type WorkspaceMember,
} from '@oqullus/plugin-workspaces-common';
import type { Caller } from '../access/Caller';
import type { WorkspacePolicy } from '../access/WorkspaceAccess';
import type { WorkspaceRecord } from '../database/WorkspaceStore';
import type { WorkspacesStores } from '../database/WorkspacesDatabase';
import { loadWorkspace, type LoadedWorkspace } from './workspaceAuthorization';
import { validateTemplateParameters } from './validateTemplateParameters';
import { workspaceEvent } from '../database/workspaceEvents';
import type { WorkspacesServiceContext } from './WorkspacesServiceContext';

/** Name, description, template inputs and members: what workspace admins change. */
export class WorkspaceSettings {
  constructor(private readonly ctx: WorkspacesServiceContext) {}

  async update(
    caller: Caller,
    id: string,
    request: UpdateWorkspaceRequest,
  ): Promise<WorkspaceRecord> {
    const changes = Object.keys(request) as Array<
      'name' | 'description' | 'parameters' | 'labels'
    >;
    // Template inputs are checked against the template before the transaction: the
    // registry reads the database, and SQLite has one connection.
    const parameters =
      request.parameters === undefined
        ? undefined
        : await this.checkedParameters(caller, id, request.parameters);
    return this.change(caller, id, async (stores, _loaded, now) => {
      const updated = await stores.workspaces.update(id, {
        ...request,
        ...(parameters ? { parameters } : {}),
        updatedAt: now.toISOString(),
        lastActivityAt: now.toISOString(),
      });
      const event = await stores.events.append(
        workspaceEvent('settings.changed', {
          workspaceId: id,
          at: now,
          actor: caller.ref,
          message: `${caller.ref} changed the ${changes.join(' and ')}`,
          data: { changes },
        }),
      );
      return { result: updated as WorkspaceRecord, events: [event] };
    });
  }

  async putMember(
    caller: Caller,
    id: string,
    memberRef: string,
    request: ChangeMemberRoleRequest,
  ): Promise<WorkspaceMember> {
    // Asked before the transaction, not inside it: a catalog request must not hold
    // a database transaction open. Only after the caller may change members, so the
    // answer tells nothing about the catalog to those who may not.
    const before = await this.authorized(
      this.ctx.database.stores,
      caller,
      await this.ctx.access.policyFor(caller),
      id,
    );
    const isMember = before.members.some(m => m.ref === memberRef);
    if (!isMember && !(await this.ctx.memberDirectory.exists(memberRef))) {
      throw new InputError(
        `${memberRef} is not in the catalog: pick a user or group that exists`,
      );
    }
    return this.change(caller, id, async (stores, _loaded, now) => {
      const member: WorkspaceMember = {
        ref: memberRef,
        role: request.role,
        addedBy: caller.ref,
        addedAt: now.toISOString(),
      };
      const { previousRole } = await stores.members.upsert(id, member);
      await touch(stores, id, now);
      const label = memberRoleLabels[member.role];
      const event = await stores.events.append(
        previousRole
          ? workspaceEvent('member.role-changed', {
              workspaceId: id,
              at: now,
              actor: caller.ref,
              message: `${caller.ref} changed ${member.ref} from ${memberRoleLabels[previousRole]} to ${label}`,
              data: { member: member.ref, role: member.role, previousRole },
            })
          : workspaceEvent('member.added', {
              workspaceId: id,
              at: now,
              actor: caller.ref,
              message: `${caller.ref} added ${member.ref} as ${label}`,
              data: { member: member.ref, role: member.role },
            }),
      );
      return { result: member, events: [event] };
    });
  }

  async removeMember(
    caller: Caller,
    id: string,
    memberRef: string,
  ): Promise<void> {
    await this.change(caller, id, async (stores, loaded, now) => {
      const member = loaded.members.find(m => m.ref === memberRef);
      if (!member || !(await stores.members.remove(id, memberRef))) {
        throw new NotFoundError(
          `${memberRef} is not a member of this workspace; list its members with GET /workspaces/${id}/members`,
        );
      }
      await touch(stores, id, now);
      const event = await stores.events.append(
        workspaceEvent('member.removed', {
          workspaceId: id,
          at: now,
          actor: caller.ref,
          message: `${caller.ref} removed ${member.ref} (${
            memberRoleLabels[member.role]
          })`,
          data: { member: member.ref, role: member.role },
        }),
      );
      return { result: undefined, events: [event] };
    });
  }

  private async checkedParameters(
    caller: Caller,
    id: string,
    parameters: Record<string, unknown>,
  ): Promise<Record<string, unknown>> {
    const policy = await this.ctx.access.policyFor(caller);
    const loaded = await loadWorkspace(
      this.ctx.database.stores,
      caller,
      policy,
      id,
    );
    const template = await this.ctx.accountResources.get(
      'stack-templates',
      loaded.workspace.provisioning.stackTemplate,
    );
    return validateTemplateParameters(template, parameters);
  }

  /** Loads, checks the update permission, changes and records in one transaction. */
  private async change<T>(
    caller: Caller,
    id: string,
    work: (
      stores: WorkspacesStores,
      loaded: LoadedWorkspace,
      now: Date,
    ) => Promise<{ result: T; events: WorkspaceEvent[] }>,
  ): Promise<T> {
    const policy = await this.ctx.access.policyFor(caller);
    const { result, events } = await this.ctx.database.transaction(
      async stores => {
        const loaded = await this.authorized(stores, caller, policy, id);
        return work(stores, loaded, this.ctx.clock());
      },
    );
    await this.ctx.broadcaster.publish(events);
    return result;
  }

  /** The workspace, once the caller may change it and it is not Deleted. */
  private async authorized(
    stores: WorkspacesStores,
    caller: Caller,
    policy: WorkspacePolicy,
    id: string,
  ): Promise<LoadedWorkspace> {
    const loaded = await loadWorkspace(stores, caller, policy, id);
    if (!policy.allows(workspaceUpdatePermission, loaded.resource)) {
      throw new NotAllowedError(
        'Changing settings and members needs the workspace admin role on this workspace (or ownership, or an account role); ask its owner',
      );
    }
    if (loaded.workspace.status === 'deleted') {
      throw new ConflictError(
        'This workspace is Deleted: its record is kept for audit, so its settings and members cannot change',
      );
    }
    return loaded;
  }
}

/** Membership is part of the workspace: its change time moves too (the catalog reads it). */
async function touch(stores: WorkspacesStores, id: string, now: Date) {
  await stores.workspaces.update(id, {
    updatedAt: now.toISOString(),
    lastActivityAt: now.toISOString(),
  });
}
