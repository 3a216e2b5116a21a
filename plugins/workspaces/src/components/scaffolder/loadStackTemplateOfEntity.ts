import { parseEntityRef } from '@backstage/catalog-model';
import type { CatalogApi } from '@backstage/plugin-catalog-react';
import type {
  StackTemplate,
  WorkspacesApi,
} from '@oqullus/plugin-workspaces-common';

/** The annotation the catalog module writes on account resource entities. */
export const ACCOUNT_RESOURCE_ANNOTATION = 'oqullus.io/account-resource';

const STACK_TEMPLATES_PREFIX = 'stack-templates/';

/**
 * The stack template behind a catalog entity ref such as
 * `resource:default/stack-template-lakehouse-local`: the entity's
 * `oqullus.io/account-resource` annotation names it as `stack-templates/<name>`.
 * Errors say what to fix.
 */
export async function loadStackTemplateOfEntity(
  apis: { catalogApi: CatalogApi; workspacesApi: WorkspacesApi },
  entityRef: string,
): Promise<StackTemplate> {
  const ref = parseEntityRef(entityRef, { defaultKind: 'resource' });
  const entity = await apis.catalogApi.getEntityByRef(ref);
  if (!entity) {
    throw new Error(
      `The catalog has no entity ${entityRef}; choose another stack template`,
    );
  }
  const annotation =
    entity.metadata.annotations?.[ACCOUNT_RESOURCE_ANNOTATION] ?? '';
  const name = annotation.startsWith(STACK_TEMPLATES_PREFIX)
    ? annotation.slice(STACK_TEMPLATES_PREFIX.length)
    : '';
  if (!name || name.includes('/')) {
    throw new Error(
      `${entityRef} is not a stack template: its ${ACCOUNT_RESOURCE_ANNOTATION} annotation must be stack-templates/<name>, and it is "${annotation}"`,
    );
  }
  return apis.workspacesApi.getAccountResource('stack-templates', name);
}
