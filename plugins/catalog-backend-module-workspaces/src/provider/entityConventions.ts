import { createHash } from 'node:crypto';
import {
  ANNOTATION_LOCATION,
  ANNOTATION_ORIGIN_LOCATION,
  DEFAULT_NAMESPACE,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import type { AccountResourceKind } from '@oqullus/plugin-workspaces-common';

/** Annotation and label keys this provider writes; all under `oqullus.io/`. */
export const WORKSPACE_ID_ANNOTATION = 'oqullus.io/workspace-id';
export const EXTERNAL_ID_ANNOTATION = 'oqullus.io/external-id';
export const WORKSPACE_PAGE_ANNOTATION = 'oqullus.io/workspace-page';
export const MEMBERS_ANNOTATION = 'oqullus.io/members';
export const ACCOUNT_RESOURCE_ANNOTATION = 'oqullus.io/account-resource';
export const STATUS_LABEL = 'oqullus.io/status';
export const APPROVAL_LABEL = 'oqullus.io/approval';

/** The `spec.type` of each kind of entity this provider emits. */
export const resourceTypeByKind: Readonly<Record<AccountResourceKind, string>> =
  {
    'stack-templates': 'stack-template',
    'cloud-credentials': 'cloud-credential',
    'state-storages': 'state-storage',
    networks: 'network',
  };

/** What every entity of one provider shares. */
export type EntityContext = {
  /** `url:<external base url of the workspaces backend>`. */
  location: string;
  /** `app.baseUrl`, for links to workspace pages. */
  appBaseUrl: string;
  /** Owner of account resources registered without one (Resource entities need one). */
  defaultOwner: string;
};

const MAX_NAME_LENGTH = 63;

/**
 * Entity names are limited to 63 characters; longer ones keep a readable
 * start and end in a short hash so they stay unique and stable.
 */
export function toEntityName(name: string): string {
  if (name.length <= MAX_NAME_LENGTH) {
    return name;
  }
  const hash = createHash('sha256').update(name).digest('hex').slice(0, 8);
  const start = name.slice(0, MAX_NAME_LENGTH - hash.length - 1);
  return `${start.replace(/[-_.]+$/, '')}-${hash}`;
}

/** Prefixed with its type, so a template and a network may share a name. */
export function accountResourceEntityName(
  kind: AccountResourceKind,
  name: string,
): string {
  return toEntityName(`${resourceTypeByKind[kind]}-${name}`);
}

export function accountResourceEntityRef(
  kind: AccountResourceKind,
  name: string,
): string {
  return stringifyEntityRef({
    kind: 'resource',
    namespace: DEFAULT_NAMESPACE,
    name: accountResourceEntityName(kind, name),
  });
}

export function locationAnnotations(
  context: EntityContext,
): Record<string, string> {
  return {
    [ANNOTATION_LOCATION]: context.location,
    [ANNOTATION_ORIGIN_LOCATION]: context.location,
  };
}
