import useAsync from 'react-use/esm/useAsync';
import { useApi } from '@backstage/core-plugin-api';
import type {
  StackTemplateInputs,
  WorkspaceProvisioning,
} from '@oqullus/plugin-workspaces-common';
import { workspacesApiRef } from '../../../api';

/** The titles of the account resources a workspace is built from, and its template's inputs. */
export type ProvisioningTitles = {
  stackTemplate?: string;
  cloudCredential?: string;
  stateStorage?: string;
  network?: string;
  inputs?: StackTemplateInputs;
};

/**
 * Reads each account resource the workspace names, for its title. A resource
 * that cannot be read (removed, or not visible) keeps its name: the page
 * still shows, only less friendly.
 */
export function useProvisioningTitles(provisioning: WorkspaceProvisioning) {
  const api = useApi(workspacesApiRef);
  const { stackTemplate, cloudCredential, stateStorage, network } =
    provisioning;
  const { value } = useAsync(async (): Promise<ProvisioningTitles> => {
    const titleOf = async (read: () => Promise<{ title?: string }>) => {
      try {
        return (await read()).title;
      } catch {
        return undefined;
      }
    };
    const template = await api
      .getAccountResource('stack-templates', stackTemplate)
      .catch(() => undefined);
    const [credential, storage, net] = await Promise.all([
      titleOf(() =>
        api.getAccountResource('cloud-credentials', cloudCredential),
      ),
      titleOf(() => api.getAccountResource('state-storages', stateStorage)),
      network
        ? titleOf(() => api.getAccountResource('networks', network))
        : Promise.resolve(undefined),
    ]);
    return {
      stackTemplate: template?.title,
      inputs: template?.inputs,
      cloudCredential: credential,
      stateStorage: storage,
      network: net,
    };
  }, [api, stackTemplate, cloudCredential, stateStorage, network]);
  return value ?? {};
}
