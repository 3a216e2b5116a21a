import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router-dom';

/**
 * The navigation state that asks the workspace page to move focus to its
 * heading, as Create sends it: the form the focus was in is gone, and a
 * screen reader should land on the new workspace's name, not on the page's top.
 */
export const focusHeadingState = { focusHeading: true } as const;

/**
 * A ref for the element around the page header. Once the heading is there,
 * and only when the navigation carried `focusHeadingState`, the heading takes
 * the focus; Backstage's header renders it focusable (tabindex -1) but gives
 * no ref to it, hence the lookup inside.
 */
export function useHeadingFocusOnArrival<T extends HTMLElement>() {
  const location = useLocation();
  const wanted = Boolean(
    (location.state as { focusHeading?: boolean } | null)?.focusHeading,
  );
  const ref = useRef<T>(null);
  useEffect(() => {
    if (wanted) {
      ref.current?.querySelector<HTMLElement>('h1')?.focus();
    }
  }, [wanted, location.key]);
  return ref;
}
