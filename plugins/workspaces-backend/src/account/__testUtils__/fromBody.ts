import type { AccountResourceKind } from '@oqullus/plugin-workspaces-common';
import type { AccountRegistry } from '../AccountRegistry';
import { parseAccountResourceRequest } from '../parseAccountResourceRequest';

// The registry takes parsed requests; these parse a body first, as the router
// does, so a refused body is a rejected promise like any other refusal.

/** POST /account/{kind} without the HTTP: parses `body`, then registers it. */
export async function registerFromBody<K extends AccountResourceKind>(
  registry: AccountRegistry,
  kind: K,
  body: unknown,
  actorRef: string,
) {
  return registry.create(
    kind,
    parseAccountResourceRequest(kind, body),
    actorRef,
  );
}

/** PUT /account/{kind}/{name} without the HTTP: parses `body`, then replaces. */
export async function replaceFromBody<K extends AccountResourceKind>(
  registry: AccountRegistry,
  kind: K,
  name: string,
  body: unknown,
  actorRef: string,
) {
  return registry.replace(
    kind,
    name,
    parseAccountResourceRequest(kind, body, name),
    actorRef,
  );
}
