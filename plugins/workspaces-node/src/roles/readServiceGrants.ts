import type { Config } from '@backstage/config';
import {
  accountReadPermission,
  workspaceReadPermission,
  workspacesPermissions,
} from '@oqullus/plugin-workspaces-common';

/**
 * What the catalog's entity provider needs to show workspaces and account resources:
 * it reads them as the service `plugin:catalog`. Configuring that subject replaces it.
 */
const defaultServiceGrants: Readonly<Record<string, readonly string[]>> = {
  'plugin:catalog': [workspaceReadPermission.name, accountReadPermission.name],
};

const knownPermissions = workspacesPermissions.map(p => p.name);

/**
 * The workspaces permissions each service principal may use, on every workspace, from
 * `workspaces.roles.services` (plus the catalog's default). Backstage allows a service
 * everything its token's access restrictions do not forbid, without asking any policy,
 * so the workspaces backend applies these grants to service callers itself. A service
 * that is not listed may use none of them.
 *
 * @public
 */
export function readServiceGrants(
  config: Config,
): ReadonlyMap<string, ReadonlySet<string>> {
  const grants = new Map<string, ReadonlySet<string>>(
    Object.entries(defaultServiceGrants).map(([subject, names]) => [
      subject,
      new Set(names),
    ]),
  );
  const configured = new Set<string>();
  for (const entry of config.getOptionalConfigArray(
    'workspaces.roles.services',
  ) ?? []) {
    const subject = entry.getString('subject');
    if (configured.has(subject)) {
      throw new Error(
        `workspaces.roles.services lists the subject '${subject}' twice; give each service one entry with all its permissions`,
      );
    }
    configured.add(subject);
    const permissions = entry.getStringArray('permissions');
    const unknown = permissions.filter(
      name => !knownPermissions.includes(name),
    );
    if (unknown.length) {
      throw new Error(
        `workspaces.roles.services: '${subject}' is granted unknown permissions ${unknown
          .map(name => `'${name}'`)
          .join(', ')}; use any of ${knownPermissions.join(', ')}`,
      );
    }
    grants.set(subject, new Set(permissions));
  }
  return grants;
}
