import type { AccountResourceKind } from '@oqullus/plugin-workspaces-common';

/** How each kind is named on the page: tab title and the one-item noun. */
export const accountKindLabels: Record<
  AccountResourceKind,
  { plural: string; singular: string }
> = {
  'stack-templates': { plural: 'Stack templates', singular: 'stack template' },
  'cloud-credentials': {
    plural: 'Cloud credentials',
    singular: 'cloud credential',
  },
  'state-storages': { plural: 'State storages', singular: 'state storage' },
  networks: { plural: 'Networks', singular: 'network' },
};

/** The sentence for someone who may not change (or see) the account. */
export const ACCOUNT_ROLE_NEEDED = 'You need the Account Owner or Admin role';
