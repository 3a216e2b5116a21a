import { useApi } from '@backstage/core-plugin-api';
import type { AccountResourceWithUsage } from '@oqullus/plugin-workspaces-common';
import { useAsyncRetry } from 'react-use';
import { workspacesApiRef } from '../../api';

/** The registered resources a new workspace can be built from. */
export type ProvisioningResources = {
  stackTemplates: AccountResourceWithUsage<'stack-templates'>[];
  cloudCredentials: AccountResourceWithUsage<'cloud-credentials'>[];
  stateStorages: AccountResourceWithUsage<'state-storages'>[];
  networks: AccountResourceWithUsage<'networks'>[];
};

/** Loads every kind of account resource at once for the provisioning selects. */
export function useProvisioningResources() {
  const api = useApi(workspacesApiRef);
  return useAsyncRetry(async (): Promise<ProvisioningResources> => {
    const [stackTemplates, cloudCredentials, stateStorages, networks] =
      await Promise.all([
        api.listAccountResources('stack-templates'),
        api.listAccountResources('cloud-credentials'),
        api.listAccountResources('state-storages'),
        api.listAccountResources('networks'),
      ]);
    return {
      stackTemplates: stackTemplates.items,
      cloudCredentials: cloudCredentials.items,
      stateStorages: stateStorages.items,
      networks: networks.items,
    };
  }, [api]);
}
