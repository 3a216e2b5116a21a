import type {
  AuditorService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import type { AccountRoles } from '../access/AccountRoles';
import type { AccountResourceLookup } from '../account/AccountResourceLookup';
import type { WorkspaceAccess } from '../access/WorkspaceAccess';
import type { WorkspacesDatabase } from '../database/WorkspacesDatabase';
import type { StateStore } from '../state/StateStore';
import type { EventBroadcaster } from '../publishing/EventBroadcaster';
import type { MemberDirectory } from './MemberDirectory';
import type { WorkspaceNotifier } from '../publishing/WorkspaceNotifier';

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
