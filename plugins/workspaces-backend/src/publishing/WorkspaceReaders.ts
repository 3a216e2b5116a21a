import type { AccountRoles } from '../access/AccountRoles';
import type { WorkspacesDatabase } from '../database/WorkspacesDatabase';

/** Who is sent the signals of one workspace: user and group entity refs. */
export interface WorkspaceReaders {
  of(workspaceId: string): Promise<string[]>;
}

/**
 * The readers the plugin knows without asking the permission policy: the workspace's
 * owner and members (users or groups; the signals backend delivers to a group's
 * members) and the Account Owners and Admins. Anyone else the policy lets read the
 * workspace, such as a team lead, sees its changes when the page refetches: on the
 * content-free tick of the all-workspaces channel, or when it polls.
 */
export class StoredWorkspaceReaders implements WorkspaceReaders {
  constructor(
    private readonly database: WorkspacesDatabase,
    private readonly accountRoles: Pick<AccountRoles, 'approvers'>,
  ) {}

  async of(workspaceId: string): Promise<string[]> {
    const { workspaces, members } = this.database.stores;
    const workspace = await workspaces.get(workspaceId);
    const memberRefs = workspace
      ? (await members.list(workspaceId)).map(member => member.ref)
      : [];
    const refs = [
      ...(workspace ? [workspace.owner] : []),
      ...memberRefs,
      ...this.accountRoles.approvers(),
    ];
    // The signals backend compares refs as written; sign-in gives them in lower case.
    return [...new Set(refs.map(ref => ref.toLocaleLowerCase('en-US')))];
  }
}
