import type { Entity } from '@backstage/catalog-model';
import type {
  AccountResourceByKind,
  AccountResourceKind,
} from '@oqullus/plugin-workspaces-common';
import {
  ACCOUNT_RESOURCE_ANNOTATION,
  accountResourceEntityName,
  type EntityContext,
  locationAnnotations,
  resourceTypeByKind,
  STATUS_LABEL,
} from './entityConventions';

/**
 * The kind-specific, non-secret part of the spec. Credentials and storages
 * carry secret references; none of them, not even their names, leaves here.
 */
function kindSpec<TKind extends AccountResourceKind>(
  kind: TKind,
  resource: AccountResourceByKind[TKind],
): Record<string, unknown> {
  switch (kind) {
    case 'stack-templates': {
      const template = resource as AccountResourceByKind['stack-templates'];
      return {
        ...(template.version ? { version: template.version } : {}),
        requiresApproval: template.requiresApproval,
      };
    }
    case 'cloud-credentials': {
      const credential = resource as AccountResourceByKind['cloud-credentials'];
      return { provider: credential.provider, identity: credential.identity };
    }
    case 'state-storages': {
      const storage = resource as AccountResourceByKind['state-storages'];
      return { storageKind: storage.kind };
    }
    case 'networks': {
      const network = resource as AccountResourceByKind['networks'];
      return {
        provider: network.provider,
        networkId: network.networkId,
        ...(network.cidr ? { cidr: network.cidr } : {}),
        ...(network.region ? { region: network.region } : {}),
      };
    }
    default:
      return {};
  }
}

/** An account resource as a `kind: Resource` entity. */
export function accountResourceToEntity<TKind extends AccountResourceKind>(
  kind: TKind,
  resource: AccountResourceByKind[TKind],
  context: EntityContext,
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: {
      name: accountResourceEntityName(kind, resource.name),
      title: resource.title,
      ...(resource.description ? { description: resource.description } : {}),
      annotations: {
        ...locationAnnotations(context),
        [ACCOUNT_RESOURCE_ANNOTATION]: `${kind}/${resource.name}`,
      },
      labels: { [STATUS_LABEL]: resource.validation.status },
    },
    spec: {
      type: resourceTypeByKind[kind],
      owner: resource.owner ?? context.defaultOwner,
      ...kindSpec(kind, resource),
    },
  };
}
