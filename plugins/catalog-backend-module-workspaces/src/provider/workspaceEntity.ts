import type { Entity } from '@backstage/catalog-model';
import {
  WORKSPACE_ENTITY_TYPE,
  type WorkspaceEntitySpec,
} from '@oqullus/plugin-workspaces-node';
import type {
  Workspace,
  WorkspaceMember,
} from '@oqullus/plugin-workspaces-common';
import {
  accountResourceEntityRef,
  APPROVAL_LABEL,
  type EntityContext,
  EXTERNAL_ID_ANNOTATION,
  locationAnnotations,
  MEMBERS_ANNOTATION,
  STATUS_LABEL,
  toEntityName,
  WORKSPACE_ID_ANNOTATION,
  WORKSPACE_PAGE_ANNOTATION,
} from './entityConventions';

/** The entity refs of the account resources a workspace is built from. */
export function workspaceDependencies(workspace: Workspace): string[] {
  const { stackTemplate, cloudCredential, stateStorage, network } =
    workspace.provisioning;
  return [
    accountResourceEntityRef('stack-templates', stackTemplate),
    accountResourceEntityRef('cloud-credentials', cloudCredential),
    accountResourceEntityRef('state-storages', stateStorage),
    ...(network ? [accountResourceEntityRef('networks', network)] : []),
  ];
}

/** A workspace as a `kind: Resource` entity named by its external id. */
export function workspaceToEntity(
  workspace: Workspace,
  members: WorkspaceMember[],
  context: EntityContext,
): Entity {
  const page = `${context.appBaseUrl.replace(/\/+$/, '')}/workspaces/${
    workspace.id
  }`;
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: {
      name: toEntityName(workspace.externalId),
      title: workspace.name,
      ...(workspace.description ? { description: workspace.description } : {}),
      annotations: {
        ...locationAnnotations(context),
        [WORKSPACE_ID_ANNOTATION]: workspace.id,
        [EXTERNAL_ID_ANNOTATION]: workspace.externalId,
        [WORKSPACE_PAGE_ANNOTATION]: page,
        // Backstage has no relation for members, so they travel as `ref=role`.
        [MEMBERS_ANNOTATION]: members
          .map(member => `${member.ref}=${member.role}`)
          .join(','),
      },
      labels: {
        [STATUS_LABEL]: workspace.status,
        [APPROVAL_LABEL]: workspace.approval.state,
      },
      links: [{ url: page, title: 'Workspace page' }],
    },
    spec: {
      type: WORKSPACE_ENTITY_TYPE,
      owner: workspace.owner,
      // Searchable, for the catalog permission rule that shows the entity to its readers.
      members: members.map(member => member.ref),
      // Not `dependsOn`: the catalog would add the reverse relation to each resource,
      // naming this workspace to everyone who may see the resource.
      builtFrom: workspaceDependencies(workspace),
    } satisfies WorkspaceEntitySpec & { builtFrom: string[] },
  };
}
