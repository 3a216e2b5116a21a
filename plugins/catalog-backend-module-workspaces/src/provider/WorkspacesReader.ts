import type {
  AuthService,
  DiscoveryService,
} from '@backstage/backend-plugin-api';
import {
  type AccountResourceByKind,
  type AccountResourceKind,
  accountResourceKinds,
  type Workspace,
  type WorkspaceMember,
  WorkspacesClient,
} from '@oqullus/plugin-workspaces-common';

/** One account resource with its kind. */
export type KindedAccountResource = {
  [TKind in AccountResourceKind]: {
    kind: TKind;
    resource: AccountResourceByKind[TKind];
  };
}[AccountResourceKind];

const PAGE_SIZE = 100;

/**
 * Reads the account and the workspaces from the workspaces backend's REST
 * API, as this backend's own service.
 */
export class WorkspacesReader {
  private readonly client: WorkspacesClient;

  constructor(discovery: DiscoveryService, private readonly auth: AuthService) {
    this.client = new WorkspacesClient({
      discoveryApi: discovery,
      fetchApi: { fetch },
    });
  }

  async listAccountResources(): Promise<KindedAccountResource[]> {
    const token = await this.token();
    const lists = await Promise.all(
      accountResourceKinds.map(async kind => {
        const { items } = await this.client.listAccountResources(kind, {
          token,
        });
        return items.map(
          resource => ({ kind, resource } as KindedAccountResource),
        );
      }),
    );
    return lists.flat();
  }

  /** Every page of every workspace that is not deleted. */
  async listLiveWorkspaces(): Promise<Workspace[]> {
    const token = await this.token();
    const workspaces: Workspace[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.client.listWorkspaces({
        scope: 'all',
        limit: PAGE_SIZE,
        cursor,
        token,
      });
      workspaces.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return workspaces.filter(workspace => workspace.status !== 'deleted');
  }

  async listMembers(workspaceId: string): Promise<WorkspaceMember[]> {
    const token = await this.token();
    const { items } = await this.client.listMembers(workspaceId, { token });
    return items;
  }

  private async token(): Promise<string> {
    const { token } = await this.auth.getPluginRequestToken({
      onBehalfOf: await this.auth.getOwnServiceCredentials(),
      targetPluginId: 'workspaces',
    });
    return token;
  }
}
