/** A query parameter value; arrays repeat the parameter, undefined leaves it out. */
export type QueryValue = string | number | readonly string[] | undefined;

/**
 * A tagged template for API paths: every interpolated value is encoded as one
 * path segment, so an entity ref such as `user:default/dana.dev` cannot split
 * the path.
 */
export function path(
  strings: TemplateStringsArray,
  ...segments: string[]
): string {
  return strings.reduce(
    (built, text, index) =>
      index === 0
        ? text
        : `${built}${encodeURIComponent(segments[index - 1])}${text}`,
    '',
  );
}

/** `?a=1&status=x&status=y`, or an empty string when nothing is set. */
export function queryString(query: Record<string, QueryValue> = {}): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    // Arrays repeat the parameter (status=a&status=b), which the API accepts.
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item !== undefined) {
        params.append(name, String(item));
      }
    }
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
