import { TextField } from '@material-ui/core';
import type { Network } from '@oqullus/plugin-workspaces-common';
import {
  commonBody,
  commonDraftOf,
  emptyCommonDraft,
  optional,
  type CommonDraft,
} from './commonDraft';
import { ChoiceField } from './ChoiceField';
import { CommonFields } from './CommonFields';
import { helperText, messagesAt } from './formIssues';
import type { KindFieldsProps, KindForm } from './KindForm';

type NetworkDraft = CommonDraft & {
  provider: Network['provider'];
  networkId: string;
  cidr: string;
  region: string;
  /** One subnet id per line. */
  subnets: string;
};

const providers: Array<[Network['provider'], string]> = [
  ['aws', 'AWS'],
  ['gcp', 'Google Cloud'],
  ['azure', 'Azure'],
  ['other', 'Other'],
];

const subnetsOf = (text: string) =>
  text
    .split('\n')
    .map(line => line.trim())
    .filter(Boolean);

function NetworkFields(props: KindFieldsProps<NetworkDraft>) {
  const { draft, onChange, issues } = props;
  const text = (
    key: 'networkId' | 'cidr' | 'region' | 'subnets',
    label: string,
    hint: string,
    extra: { required?: boolean; multiline?: boolean } = {},
  ) => {
    const messages = messagesAt(issues, [key]);
    return (
      <TextField
        id={`account-resource-${key}`}
        label={label}
        fullWidth
        margin="dense"
        value={draft[key]}
        onChange={event => onChange({ ...draft, [key]: event.target.value })}
        error={messages.length > 0}
        helperText={helperText(messages, hint)}
        minRows={extra.multiline ? 3 : undefined}
        {...extra}
      />
    );
  };
  return (
    <>
      <CommonFields {...props} />
      <ChoiceField
        id="account-resource-provider"
        label="Provider"
        field="provider"
        value={draft.provider}
        choices={providers}
        onChange={provider => onChange({ ...draft, provider })}
        issues={issues}
      />
      {text('networkId', 'Network id', 'The VPC or VNet id, such as vpc-0abc', {
        required: true,
      })}
      {text('cidr', 'CIDR', 'Optional IPv4 block such as 10.0.0.0/16')}
      {text('region', 'Region', 'Optional, such as eu-west-1')}
      {text('subnets', 'Subnets', 'Optional; one subnet id per line', {
        multiline: true,
      })}
    </>
  );
}

/** How a network is registered and edited. */
export const networkForm: KindForm<'networks', NetworkDraft> = {
  kind: 'networks',
  empty: () => ({
    ...emptyCommonDraft(),
    provider: 'aws',
    networkId: '',
    cidr: '',
    region: '',
    subnets: '',
  }),
  fromResource: network => ({
    ...commonDraftOf(network),
    provider: network.provider,
    networkId: network.networkId,
    cidr: network.cidr ?? '',
    region: network.region ?? '',
    subnets: (network.subnets ?? []).join('\n'),
  }),
  toBody: draft => {
    const subnets = subnetsOf(draft.subnets);
    return {
      body: {
        ...commonBody(draft),
        provider: draft.provider,
        networkId: draft.networkId.trim(),
        ...optional('cidr', draft.cidr),
        ...optional('region', draft.region),
        ...(subnets.length > 0 ? { subnets } : {}),
      },
      issues: [],
    };
  },
  Fields: NetworkFields,
};
