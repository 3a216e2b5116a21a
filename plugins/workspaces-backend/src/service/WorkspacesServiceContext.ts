import type {
  AuditorService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import type {
  AccountResourceByKind,
  AccountResourceKind,
  StackTemplate,
} from '@oqullus/plugin-workspaces-common';
import type { AccountRoles } from '../access/AccountRoles';
import type { WorkspaceAccess } from '../access/WorkspaceAccess';
import type { WorkspacesDatabase } from '../database/WorkspacesDatabase';
import type { StateStore } from '../state/StateStore';
import type { EventBroadcaster } from './EventBroadcaster';
import type { MemberDirectory } from './MemberDirectory';
import type { WorkspaceNotifier } from './WorkspaceNotifier';

/** How use cases look up account resources; the account registry implements it. */
export interface AccountResourceLookup {
  /** Throws NotFoundError when no resource of that kind has the name. */
  get<K extends AccountResourceKind>(
    kind: K,
    name: string,
  ): Promise<AccountResourceByKind[K]>;
  /**
   * The stack template if workspaces may be built from it now. Throws
   * NotFoundError when none has the name, ConflictError when its directory
   * is no longer inside an allowed root.
   */
  usableStackTemplate(name: string): Promise<StackTemplate>;
}

/** What every workspace use case works with. */
export type WorkspacesServiceContext = {
  database: WorkspacesDatabase;
  access: WorkspaceAccess;
  accountRoles: AccountRoles;
  accountResources: AccountResourceLookup;
  /** Where new members must exist: the catalog. */
  memberDirectory: MemberDirectory;
  /** The built-in state storage, for pushing states Terraform could not save. */
  stateStore: StateStore;
  broadcaster: EventBroadcaster;
  /** For what use cases audit themselves, such as force-unlocks shared with Terraform's. */
  auditor: AuditorService;
  notifier: WorkspaceNotifier;
  logger: LoggerService;
  clock: () => Date;
};
