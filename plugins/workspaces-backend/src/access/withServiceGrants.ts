import type {
  BackstageCredentials,
  PermissionsService,
  PermissionsServiceRequestOptions,
} from '@backstage/backend-plugin-api';
import {
  AuthorizeResult,
  type Permission,
} from '@backstage/plugin-permission-common';

/** Granted permission names by service subject, as readServiceGrants returns them. */
export type ServiceGrants = ReadonlyMap<string, ReadonlySet<string>>;

function serviceSubjectOf(
  credentials: BackstageCredentials,
): string | undefined {
  const principal = credentials.principal as { type: string; subject?: string };
  return principal.type === 'service' ? principal.subject : undefined;
}

/**
 * The permission framework with the grants of `workspaces.roles.services` applied.
 * Backstage decides on a service principal without any policy (it allows everything
 * the token's access restrictions do not forbid), so a service gets a permission only
 * when both that answer and its grant allow it. Users pass through unchanged.
 */
export function withServiceGrants(
  permissions: PermissionsService,
  grants: ServiceGrants,
): PermissionsService {
  const denyUngranted = <TDecision extends { result: AuthorizeResult }>(
    decisions: TDecision[],
    requests: Array<{ permission: Permission }>,
    options: PermissionsServiceRequestOptions,
  ): TDecision[] => {
    const subject = serviceSubjectOf(options.credentials);
    if (subject === undefined) {
      return decisions;
    }
    const granted = grants.get(subject);
    return decisions.map((decision, index) =>
      granted?.has(requests[index].permission.name)
        ? decision
        : ({ result: AuthorizeResult.DENY } as TDecision),
    );
  };
  return {
    async authorize(requests, options) {
      const decisions = await permissions.authorize(requests, options);
      return denyUngranted(decisions, requests, options);
    },
    async authorizeConditional(requests, options) {
      const decisions = await permissions.authorizeConditional(
        requests,
        options,
      );
      return denyUngranted(decisions, requests, options);
    },
  };
}
