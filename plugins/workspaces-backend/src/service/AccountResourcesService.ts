import { InputError } from '@backstage/errors';
import {
  accountManagePermission,
  accountReadPermission,
  accountResourceKinds,
  workspaceReadPermission,
  type AccountResource,
  type AccountResourceWithUsage,
  type AccountResourceKind,
  type AccountResourceValidation,
  type ParsedAccountResourceRequest,
} from '@oqullus/plugin-workspaces-common';
import type { Caller } from '../access/Caller';
import type { ListAccess, WorkspaceAccess } from '../access/WorkspaceAccess';
import type { AccountRegistry } from '../account/AccountRegistry';
import type { WorkspacesDatabase } from '../database/WorkspacesDatabase';

const readRefusal =
  'You may not see the account resources: the portal permission policy does not allow it';
const manageRefusal =
  'Registering, changing, checking and deleting account resources is for Account Owners and Admins';

/** The account registry behind permission checks, for the REST API. */
export class AccountResourcesService {
  constructor(
    private readonly registry: AccountRegistry,
    private readonly database: WorkspacesDatabase,
    private readonly access: WorkspaceAccess,
  ) {}

  static parseKind(kind: string): AccountResourceKind {
    if (!(accountResourceKinds as readonly string[]).includes(kind)) {
      throw new InputError(
        `kind: '${kind}' is not an account resource kind; use one of ${accountResourceKinds.join(
          ', ',
        )}`,
      );
    }
    return kind as AccountResourceKind;
  }

  async list(caller: Caller, kind: AccountResourceKind) {
    await this.access.require(caller, accountReadPermission, readRefusal);
    const resources = await this.registry.list(kind);
    const readable = await this.readableWorkspaces(caller);
    return Promise.all(resources.map(r => this.withUsage(kind, r, readable)));
  }

  async get(caller: Caller, kind: AccountResourceKind, name: string) {
    await this.access.require(caller, accountReadPermission, readRefusal);
    return this.withUsage(
      kind,
      await this.registry.get(kind, name),
      await this.readableWorkspaces(caller),
    );
  }

  async create(
    caller: Caller,
    kind: AccountResourceKind,
    request: ParsedAccountResourceRequest,
  ) {
    await this.access.require(caller, accountManagePermission, manageRefusal);
    return this.withUsage(
      kind,
      await this.registry.create(kind, request, caller.ref),
      await this.readableWorkspaces(caller),
    );
  }

  async replace(
    caller: Caller,
    kind: AccountResourceKind,
    name: string,
    request: ParsedAccountResourceRequest,
  ) {
    await this.access.require(caller, accountManagePermission, manageRefusal);
    return this.withUsage(
      kind,
      await this.registry.replace(kind, name, request, caller.ref),
      await this.readableWorkspaces(caller),
    );
  }

  async delete(caller: Caller, kind: AccountResourceKind, name: string) {
    await this.access.require(caller, accountManagePermission, manageRefusal);
    await this.registry.delete(kind, name);
  }

  async check(
    caller: Caller,
    kind: AccountResourceKind,
    name: string,
  ): Promise<AccountResourceValidation> {
    await this.access.require(caller, accountManagePermission, manageRefusal);
    return this.registry.check(kind, name);
  }

  /** "Used by" lists only what the caller may read, as GET /workspaces does. */
  private readableWorkspaces(caller: Caller): Promise<ListAccess> {
    return this.access.listAccess(caller, workspaceReadPermission);
  }

  private async withUsage(
    kind: AccountResourceKind,
    resource: AccountResource,
    readable: ListAccess,
  ): Promise<AccountResourceWithUsage> {
    if (readable.result === 'deny') {
      return { ...resource, usedBy: [] };
    }
    const usedBy = await this.database.stores.workspaces.listUsingResource(
      kind,
      resource.name,
      readable.result === 'filter' ? readable.filter : undefined,
    );
    return { ...resource, usedBy };
  }
}
