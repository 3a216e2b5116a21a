import { InputError } from '@backstage/errors';
import {
  accountManagePermission,
  accountReadPermission,
  accountResourceKinds,
  type AccountResource,
  type AccountResourceKind,
  type AccountResourceValidation,
} from '@oqullus/plugin-workspaces-common';
import type { Caller } from '../access/Caller';
import type { WorkspaceAccess } from '../access/WorkspaceAccess';
import type { AccountRegistry } from '../account/AccountRegistry';
import type { WorkspacesDatabase } from '../database/WorkspacesDatabase';

/** An account resource with the live workspaces built from it. */
export type AccountResourceView = AccountResource & {
  usedBy: { id: string; name: string; externalId: string; status: string }[];
};

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
    return Promise.all(resources.map(r => this.withUsage(kind, r)));
  }

  async get(caller: Caller, kind: AccountResourceKind, name: string) {
    await this.access.require(caller, accountReadPermission, readRefusal);
    return this.withUsage(kind, await this.registry.get(kind, name));
  }

  async create(caller: Caller, kind: AccountResourceKind, body: unknown) {
    await this.access.require(caller, accountManagePermission, manageRefusal);
    return this.withUsage(
      kind,
      await this.registry.create(kind, body, caller.ref),
    );
  }

  async replace(
    caller: Caller,
    kind: AccountResourceKind,
    name: string,
    body: unknown,
  ) {
    await this.access.require(caller, accountManagePermission, manageRefusal);
    return this.withUsage(
      kind,
      await this.registry.replace(kind, name, body, caller.ref),
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

  private async withUsage(
    kind: AccountResourceKind,
    resource: AccountResource,
  ): Promise<AccountResourceView> {
    const usedBy = await this.database.stores.workspaces.listUsingResource(
      kind,
      resource.name,
    );
    return { ...resource, usedBy };
  }
}
