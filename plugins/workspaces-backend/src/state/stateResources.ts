import type { WorkspaceResource } from '@oqullus/plugin-workspaces-common';

/** The parts of a Terraform state document (version 4) that say what it holds. */
export type StateDocumentResources = {
  resources?: Array<{
    module?: string;
    mode?: string;
    type?: string;
    name?: string;
    provider?: string;
    instances?: Array<{ index_key?: string | number }>;
  }>;
};

type ListedResource = Omit<WorkspaceResource, 'component'>;

/**
 * Every resource instance a state document holds, by address, type, mode and
 * provider. Attribute values are never read: they can hold secrets.
 */
export function listStateResources(document: StateDocumentResources) {
  return (document.resources ?? []).flatMap(resource => {
    if (!resource.type || !resource.name) return [];
    const mode = resource.mode === 'data' ? 'data' : 'managed';
    const base = [
      resource.module,
      mode === 'data' ? 'data' : undefined,
      resource.type,
      resource.name,
    ]
      .filter(Boolean)
      .join('.');
    const provider = providerSource(resource.provider);
    return (resource.instances ?? []).map(
      (instance): ListedResource => ({
        address:
          instance.index_key === undefined
            ? base
            : `${base}[${JSON.stringify(instance.index_key)}]`,
        type: resource.type!,
        mode,
        ...(provider && { provider }),
      }),
    );
  });
}

/** `module.a.provider["registry.terraform.io/hashicorp/aws"].east` → the source address. */
function providerSource(provider: string | undefined): string | undefined {
  return provider?.match(/provider\["([^"]+)"\]/)?.[1];
}

/**
 * The type and mode an address names, for resources known only by address (from
 * Terraform's apply messages): `module.m.data.http.x["k"]` → `http`, `data`.
 */
export function describeAddress(
  address: string,
): Pick<WorkspaceResource, 'type' | 'mode'> {
  // Index keys can hold dots; they never matter for type or mode.
  const parts = address.replace(/\[[^\]]*\]/g, '').split('.');
  while (parts[0] === 'module' && parts.length > 2) parts.splice(0, 2);
  if (parts[0] === 'data') return { type: parts[1] ?? '', mode: 'data' };
  return { type: parts[0] ?? '', mode: 'managed' };
}
