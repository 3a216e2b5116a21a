import { InputError } from '@backstage/errors';

/** A query parameter value; arrays repeat the parameter, undefined leaves it out. */
export type QueryValue = string | number | readonly string[] | undefined;

/**
 * Fills a path template of the spec, such as `/workspaces/{id}`: every value is
 * encoded as one path segment, so an entity ref such as `user:default/dana.dev`
 * cannot split the path.
 */
export function fillPath(
  template: string,
  parameters: Record<string, string> = {},
): string {
  return template.replace(/\{([^}]+)\}/g, (_match, name: string) => {
    const value = parameters[name];
    if (value === undefined) {
      throw new InputError(
        `The path ${template} needs a value for {${name}}; pass it in the request's path parameters`,
      );
    }
    return encodeURIComponent(value);
  });
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
