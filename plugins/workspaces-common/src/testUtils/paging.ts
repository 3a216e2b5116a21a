/** A page and the cursor of the next one, as list endpoints answer. */
type Page<T> = { items: T[]; nextCursor?: string };

/**
 * Pages the way the workspaces list does: the cursor is an offset, and the
 * last page has no `nextCursor`.
 */
export function pageFromOffset<T>(
  items: T[],
  cursor: string | undefined,
  limit: number,
): Page<T> {
  const start = Number(cursor ?? 0);
  const end = start + limit;
  return {
    items: items.slice(start, end),
    ...(end < items.length ? { nextCursor: String(end) } : {}),
  };
}

/**
 * Pages the way events and job logs do: only items after the `after` cursor,
 * and the cursor of the last item on every page (on an empty page, the one
 * asked with), so a caller can tail the list.
 */
export function pageAfter<T>(
  items: T[],
  cursorOf: (item: T) => number,
  after: string | undefined,
  limit = 100,
): Page<T> {
  const page = items
    .filter(item => cursorOf(item) > Number(after ?? 0))
    .slice(0, limit);
  const last = page.at(-1);
  const nextCursor = last === undefined ? after : String(cursorOf(last));
  return nextCursor ? { items: page, nextCursor } : { items: page };
}
