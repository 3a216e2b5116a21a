import type { ReactNode } from 'react';
import { renderHook } from '@testing-library/react';
import { TestApiProvider } from '@backstage/test-utils';
import {
  entityPresentationApiRef,
  type EntityPresentationApi,
} from '@backstage/plugin-catalog-react';
import { useEntityName } from './useEntityName';

function withPresentation(forEntity: (ref: string) => unknown) {
  return ({ children }: { children: ReactNode }) => (
    <TestApiProvider
      apis={[
        [
          entityPresentationApiRef,
          // Only what the hook reads: the titles, not the whole presentation.
          { forEntity: forEntity as EntityPresentationApi['forEntity'] },
        ],
      ]}
    >
      {children}
    </TestApiProvider>
  );
}

describe('useEntityName', () => {
  it('names a person as the catalog does', async () => {
    const { result } = renderHook(() => useEntityName(), {
      wrapper: withPresentation(ref => ({
        snapshot: { primaryTitle: ref },
        promise: Promise.resolve({
          primaryTitle:
            ref === 'user:default/noah.analyst' ? 'Noah Analyst' : ref,
        }),
      })),
    });
    await expect(result.current('user:default/noah.analyst')).resolves.toBe(
      'Noah Analyst',
    );
  });

  it('falls back to the name in the ref, never the whole ref', async () => {
    const failing = renderHook(() => useEntityName(), {
      wrapper: withPresentation(() => ({
        snapshot: { primaryTitle: '' },
        promise: Promise.reject(new Error('catalog down')),
      })),
    });
    await expect(
      failing.result.current('group:default/data-team'),
    ).resolves.toBe('data-team');
    const without = renderHook(() => useEntityName(), {
      wrapper: ({ children }: { children: ReactNode }) => (
        <TestApiProvider apis={[]}>{children}</TestApiProvider>
      ),
    });
    await expect(
      without.result.current('user:default/noah.analyst'),
    ).resolves.toBe('noah.analyst');
  });
});
