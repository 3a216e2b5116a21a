import type { AccountResourceKind } from '@oqullus/plugin-workspaces-common';

/** Each kind in words, for messages: "No stack template named 'x' ...". */
export const accountKindLabels: Record<AccountResourceKind, string> = {
  'stack-templates': 'stack template',
  'cloud-credentials': 'cloud credential',
  'state-storages': 'state storage',
  networks: 'network',
};

/** Where each kind is declared in app-config. */
export const accountConfigPaths: Record<AccountResourceKind, string> = {
  'stack-templates': 'workspaces.account.stackTemplates',
  'cloud-credentials': 'workspaces.account.cloudCredentials',
  'state-storages': 'workspaces.account.stateStorages',
  networks: 'workspaces.account.networks',
};
