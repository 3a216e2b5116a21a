import { useCallback, useEffect, useRef } from 'react';

/**
 * Runs `fetchMore` on request, never two at once: a request that comes while
 * one runs is remembered and run once after it, so no nudge is lost and no
 * two reads race over the same cursor.
 */
export function useSerialFetch(fetchMore: () => Promise<void>): () => void {
  const fetchRef = useRef(fetchMore);
  fetchRef.current = fetchMore;
  const running = useRef(false);
  const again = useRef(false);
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  return useCallback(() => {
    if (running.current) {
      again.current = true;
      return;
    }
    running.current = true;
    const run = async () => {
      do {
        again.current = false;
        try {
          await fetchRef.current();
        } catch {
          // fetchMore reports its own errors; the next nudge retries.
        }
      } while (again.current && mounted.current);
      running.current = false;
    };
    run();
  }, []);
}
