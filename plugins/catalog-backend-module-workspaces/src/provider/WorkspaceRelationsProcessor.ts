import {
  type Entity,
  getCompoundEntityRef,
  parseEntityRef,
  RELATION_DEPENDS_ON,
} from '@backstage/catalog-model';
import type { LocationSpec } from '@backstage/plugin-catalog-common';
import {
  type CatalogProcessor,
  type CatalogProcessorEmit,
  processingResult,
} from '@backstage/plugin-catalog-node';
import { isWorkspaceEntityKind } from '@oqullus/plugin-workspaces-node';

/**
 * Relates a workspace entity to what it is built from (`spec.builtFrom`) in one
 * direction only. The catalog's own `spec.dependsOn` would also put a `dependencyOf`
 * relation on each account resource, and the catalog shows a resource's relations to
 * everyone who may see the resource, not only to those who may see the workspace.
 */
export class WorkspaceRelationsProcessor implements CatalogProcessor {
  getProcessorName(): string {
    return 'WorkspaceRelationsProcessor';
  }

  async postProcessEntity(
    entity: Entity,
    _location: LocationSpec,
    emit: CatalogProcessorEmit,
  ): Promise<Entity> {
    if (!isWorkspaceEntityKind(entity)) {
      return entity;
    }
    const source = getCompoundEntityRef(entity);
    const builtFrom = entity.spec?.builtFrom;
    for (const target of Array.isArray(builtFrom) ? builtFrom : []) {
      if (typeof target === 'string') {
        emit(
          processingResult.relation({
            source,
            type: RELATION_DEPENDS_ON,
            target: parseEntityRef(target),
          }),
        );
      }
    }
    return entity;
  }
}
