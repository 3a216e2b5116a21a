import type {
  BackstageCredentials,
  BackstageServicePrincipal,
  BackstageUserPrincipal,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import type { AccountRole } from '@oqullus/plugin-workspaces-common';
import type { AccountRoles } from './AccountRoles';

/** Who is calling: a user (with their groups and account role) or another service. */
export type Caller = {
  credentials: BackstageCredentials<
    BackstageUserPrincipal | BackstageServicePrincipal
  >;
  /** The user's entity ref, or `service:<subject>` for service callers. */
  ref: string;
  /** The user and the groups they belong to; empty for services. */
  ownershipRefs: string[];
  accountRole: AccountRole | null;
  isUser: boolean;
};

/** Builds the Caller for credentials that httpAuth has already verified. */
export async function resolveCaller(
  credentials: BackstageCredentials<
    BackstageUserPrincipal | BackstageServicePrincipal
  >,
  deps: { userInfo: UserInfoService; accountRoles: AccountRoles },
): Promise<Caller> {
  const principal = credentials.principal;
  if (principal.type === 'service') {
    // Services act through the permission framework only; they hold no account role.
    return {
      credentials,
      ref: `service:${principal.subject}`,
      ownershipRefs: [],
      accountRole: null,
      isUser: false,
    };
  }
  const info = await deps.userInfo.getUserInfo(credentials);
  const ownershipRefs = [
    ...new Set([principal.userEntityRef, ...info.ownershipEntityRefs]),
  ];
  return {
    credentials,
    ref: principal.userEntityRef,
    ownershipRefs,
    accountRole: deps.accountRoles.roleOf(ownershipRefs),
    isUser: true,
  };
}
