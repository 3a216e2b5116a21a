import { useCallback } from 'react';
import { useApiHolder } from '@backstage/core-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import { entityPresentationApiRef } from '@backstage/plugin-catalog-react';

/**
 * The name a person or group goes by in the catalog ("Noah Analyst"), for sentences
 * that cannot hold an element, such as toasts. Without the catalog's presentation API,
 * or when it does not answer, the ref's own name ("noah.analyst"), never the whole ref.
 */
export function useEntityName(): (ref: string) => Promise<string> {
  const presentation = useApiHolder().get(entityPresentationApiRef);
  return useCallback(
    async (ref: string) => {
      const fallback = parseEntityRef(ref).name;
      if (!presentation) return fallback;
      try {
        const { primaryTitle } = await presentation.forEntity(ref).promise;
        return primaryTitle || fallback;
      } catch {
        return fallback;
      }
    },
    [presentation],
  );
}
