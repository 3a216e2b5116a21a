import type { Entity } from '@backstage/catalog-model';

const accountResourceTypes = [
  'stack-template',
  'cloud-credential',
  'state-storage',
  'network',
];

/**
 * The Resource entities the catalog module writes for workspaces.
 *
 * @public
 */
export function isWorkspaceEntity(entity: Entity): boolean {
  return entity.kind === 'Resource' && entity.spec?.type === 'workspace';
}

/**
 * The Resource entities for stack templates, credentials, storages and networks.
 *
 * @public
 */
export function isAccountResourceEntity(entity: Entity): boolean {
  return (
    entity.kind === 'Resource' &&
    accountResourceTypes.includes(String(entity.spec?.type)) &&
    Boolean(entity.metadata.annotations?.['oqullus.io/account-resource'])
  );
}
