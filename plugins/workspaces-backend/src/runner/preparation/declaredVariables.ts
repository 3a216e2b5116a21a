import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

const VARIABLE_BLOCK = /^\s*variable\s+"([A-Za-z_][A-Za-z0-9_-]*)"/gm;

/**
 * The variables a module declares. The runner passes only these: Terraform warns about
 * values for undeclared variables, and an app stack should see only the outputs it asks
 * for.
 */
export async function declaredVariables(
  moduleDir: string,
): Promise<Set<string>> {
  const names = new Set<string>();
  for (const file of await readdir(moduleDir)) {
    if (!file.endsWith('.tf')) continue;
    const text = await readFile(path.join(moduleDir, file), 'utf8');
    for (const match of text.matchAll(VARIABLE_BLOCK)) {
      names.add(match[1]);
    }
  }
  return names;
}

/** Keeps the values whose names the module declares. */
export function onlyDeclared(
  values: Record<string, unknown>,
  declared: Set<string>,
): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(values).filter(([name]) => declared.has(name)),
  );
}
