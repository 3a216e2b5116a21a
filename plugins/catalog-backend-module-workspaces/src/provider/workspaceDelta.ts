import { type Entity, stringifyEntityRef } from '@backstage/catalog-model';

/** The workspace entities last handed to the catalog, by entity ref. */
export type EmittedWorkspaces = ReadonlyMap<string, string>;

/** What changed between the last emitted workspace entities and now. */
export type WorkspaceDelta = {
  added: Entity[];
  removedRefs: string[];
  /** The state to compare the next run with. */
  emitted: EmittedWorkspaces;
};

/** The entity as compared between runs; key order is fixed by the mapping. */
function fingerprint(entity: Entity): string {
  return JSON.stringify(entity);
}

export function toEmittedWorkspaces(entities: Entity[]): EmittedWorkspaces {
  return new Map(
    entities.map(entity => [stringifyEntityRef(entity), fingerprint(entity)]),
  );
}

/**
 * New and changed workspace entities are added again; ones that are gone
 * (deleted, or no longer listed) are removed.
 */
export function computeWorkspaceDelta(
  previous: EmittedWorkspaces,
  current: Entity[],
): WorkspaceDelta {
  const emitted = toEmittedWorkspaces(current);
  const added = current.filter(entity => {
    const ref = stringifyEntityRef(entity);
    return previous.get(ref) !== emitted.get(ref);
  });
  const removedRefs = [...previous.keys()].filter(ref => !emitted.has(ref));
  return { added, removedRefs, emitted };
}
