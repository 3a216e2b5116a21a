import { realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';

/** Whether `child` is `parent` or lies below it; both already resolved. */
export function isInside(parent: string, child: string): boolean {
  const path = relative(parent, child);
  return path === '' || (!isAbsolute(path) && path.split(sep)[0] !== '..');
}

/**
 * Where a directory stack template really is, once symlinks are resolved,
 * or why it may not be used: only directories inside an allow-listed root
 * are, so an API-registered template cannot point Terraform at any path on
 * the backend host. Relative paths resolve against `workingDirectory`.
 */
export async function resolveTemplateDirectory(
  path: string,
  roots: string[],
  workingDirectory: string,
): Promise<
  { directory: string } | { problem: string; outsideRoots?: boolean }
> {
  const realRoots = (
    await Promise.all(
      roots.map(root =>
        realpath(resolve(workingDirectory, root)).catch(() => undefined),
      ),
    )
  ).filter((root): root is string => root !== undefined);
  const outside = (resolvesTo?: string) => ({
    outsideRoots: true,
    problem: `The template directory ${path}${
      resolvesTo ? ` (which resolves to ${resolvesTo})` : ''
    } is outside the allowed stack template roots (${
      roots.join(', ') || 'none are configured'
    }): add its parent to workspaces.stackTemplateRoots`,
  });

  const lexical = resolve(workingDirectory, path);
  let real: string;
  try {
    real = await realpath(lexical);
  } catch {
    const allowedRoots = [
      ...realRoots,
      ...roots.map(root => resolve(workingDirectory, root)),
    ];
    return allowedRoots.some(root => isInside(root, lexical))
      ? {
          problem: `The template directory ${path} does not exist on the backend: create it, or correct source.path`,
        }
      : outside();
  }
  if (!realRoots.some(root => isInside(root, real))) {
    return outside(real === lexical ? undefined : real);
  }
  if (!(await stat(real)).isDirectory()) {
    return {
      problem: `The template directory ${path} is a file: point source.path at the directory that holds the Terraform`,
    };
  }
  return { directory: real };
}
