import { identityApiRef, useApi } from '@backstage/core-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import { useAsync } from 'react-use';

/** Who may own a workspace the signed-in user creates. */
export type OwnerChoices = {
  /** The signed-in user; the default owner. */
  user: string;
  /** The groups the user belongs to. */
  groups: string[];
};

function isGroupRef(ref: string): boolean {
  try {
    return parseEntityRef(ref).kind.toLocaleLowerCase('en-US') === 'group';
  } catch {
    return false;
  }
}

/** The signed-in user and their groups, the owners the backend accepts from them. */
export function useOwnerChoices() {
  const identityApi = useApi(identityApiRef);
  return useAsync(async (): Promise<OwnerChoices> => {
    const identity = await identityApi.getBackstageIdentity();
    return {
      user: identity.userEntityRef,
      groups: identity.ownershipEntityRefs.filter(isGroupRef),
    };
  }, [identityApi]);
}
