import { parseEntityRef } from '@backstage/catalog-model';
import { humanizeEntityRef } from '@backstage/plugin-catalog-react';

/** "platform" for group:default/platform, so owners fit a table column. */
export function ownerLabel(owner: string): string {
  try {
    return humanizeEntityRef(parseEntityRef(owner), { defaultKind: 'group' });
  } catch {
    return owner;
  }
}
