import type { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import {
  accountResourceKinds,
  accountResourceRequestSchemas,
  formatZodIssues,
  type AccountResourceByKind,
  type AccountResourceKind,
} from '@oqullus/plugin-workspaces-common';
import { accountConfigPaths } from './accountKinds';

/** The account resources declared in app-config, by kind. */
export type AccountConfigResources = {
  [K in AccountResourceKind]: AccountResourceByKind[K][];
};

const ACCOUNT_PATH = 'workspaces.account';
const KNOWN_KEYS = accountResourceKinds.map(kind =>
  accountConfigPaths[kind].slice(ACCOUNT_PATH.length + 1),
);

/**
 * Reads and validates `workspaces.account.*`. Any invalid entry fails startup
 * with one error that names the config path of every problem, so GitOps
 * changes are caught before they reach users.
 */
export function readAccountConfig(config: Config): AccountConfigResources {
  const problems: string[] = [];
  for (const key of config.getOptionalConfig(ACCOUNT_PATH)?.keys() ?? []) {
    if (!KNOWN_KEYS.includes(key)) {
      problems.push(
        `${ACCOUNT_PATH}.${key} is not a known key; the keys are ${KNOWN_KEYS.join(
          ', ',
        )}`,
      );
    }
  }
  const read = <K extends AccountResourceKind>(kind: K) =>
    readKind(config, kind, problems);
  const resources: AccountConfigResources = {
    'stack-templates': read('stack-templates'),
    'cloud-credentials': read('cloud-credentials'),
    'state-storages': read('state-storages'),
    networks: read('networks'),
  };
  if (problems.length > 0) {
    throw new InputError(
      `Invalid account resources in app-config:\n- ${problems.join('\n- ')}`,
    );
  }
  return resources;
}

function readKind<K extends AccountResourceKind>(
  config: Config,
  kind: K,
  problems: string[],
): AccountResourceByKind[K][] {
  const path = accountConfigPaths[kind];
  const entries = config.getOptional(path) ?? [];
  if (!Array.isArray(entries)) {
    problems.push(`${path}: Must be a list`);
    return [];
  }
  const resources: AccountResourceByKind[K][] = [];
  const firstIndexOf = new Map<string, number>();
  entries.forEach((entry, index) => {
    const parsed = accountResourceRequestSchemas[kind].safeParse(entry);
    if (!parsed.success) {
      // Prefixing the issue paths gives `workspaces.account.x[1].secrets[0].from: ...`.
      for (const issue of parsed.error.issues) {
        problems.push(
          formatZodIssues({
            issues: [{ ...issue, path: [path, index, ...issue.path] }],
          }),
        );
      }
      return;
    }
    const { name } = parsed.data;
    const earlier = firstIndexOf.get(name);
    if (earlier !== undefined) {
      problems.push(
        `${path}[${index}].name: '${name}' is already declared at ${path}[${earlier}]; names must be unique per kind`,
      );
      return;
    }
    firstIndexOf.set(name, index);
    resources.push({
      ...parsed.data,
      origin: 'config',
      validation: { status: 'unknown', messages: [] },
    } as unknown as AccountResourceByKind[K]);
  });
  return resources;
}
