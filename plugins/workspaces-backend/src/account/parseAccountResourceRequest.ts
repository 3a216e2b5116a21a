import { InputError } from '@backstage/errors';
import {
  accountResourceRequestSchemas,
  formatZodIssues,
  type AccountResourceKind,
  type ParsedAccountResourceRequest,
} from '@oqullus/plugin-workspaces-common';

/**
 * Validates a register (POST) or replace (PUT) body. On PUT the name comes
 * from the path: a body may leave it out, and may not name another resource.
 */
export function parseAccountResourceRequest<K extends AccountResourceKind>(
  kind: K,
  body: unknown,
  pathName?: string,
): ParsedAccountResourceRequest<K> {
  const isObject =
    typeof body === 'object' && body !== null && !Array.isArray(body);
  const withName =
    pathName !== undefined && isObject && !('name' in body)
      ? { ...body, name: pathName }
      : body;
  const parsed = accountResourceRequestSchemas[kind].safeParse(withName);
  if (!parsed.success) {
    throw new InputError(formatZodIssues(parsed.error));
  }
  if (pathName !== undefined && parsed.data.name !== pathName) {
    throw new InputError(
      `name: The body names '${parsed.data.name}' but the path names '${pathName}'; a resource cannot be renamed: register it under the new name and delete the old one`,
    );
  }
  return parsed.data as ParsedAccountResourceRequest<K>;
}
