// Mirrors the catalog module's entityConventions: account resources become
// `resource:default/<type>-<name>`, workspaces `resource:default/<externalId>`.
// Names longer than 63 characters get a hashed suffix there; we do not link
// those rather than guess.
const MAX_ENTITY_NAME_LENGTH = 63;

/** The `spec.type` of each account resource a workspace is built from. */
export type AccountResourceEntityType =
  | 'stack-template'
  | 'cloud-credential'
  | 'state-storage'
  | 'network';

function resourceRef(name: string): string | undefined {
  return name.length <= MAX_ENTITY_NAME_LENGTH
    ? `resource:default/${name}`
    : undefined;
}

/** The catalog entity of an account resource, or undefined when it cannot be derived. */
export function accountResourceEntityRef(
  type: AccountResourceEntityType,
  name: string,
): string | undefined {
  return resourceRef(`${type}-${name}`);
}

/** The catalog entity the catalog module writes for a workspace. */
export function workspaceEntityRef(externalId: string): string | undefined {
  return resourceRef(externalId);
}
