import { Typography } from '@material-ui/core';
import { InfoCard } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import type { WorkspaceProvisioning } from '@oqullus/plugin-workspaces-common';
import {
  accountResourceEntityRef,
  type AccountResourceEntityType,
} from './accountResourceEntityRefs';
import { FactTable } from './FactTable';
import type { ProvisioningTitles } from './useProvisioningTitles';

/** The resource by its title, linked to its entity, with its name below for scripts and support. */
function ResourceLink(props: {
  type: AccountResourceEntityType;
  name: string;
  title?: string;
}) {
  const ref = accountResourceEntityRef(props.type, props.name);
  const shown = props.title ?? props.name;
  return (
    <>
      {ref ? <EntityRefLink entityRef={ref}>{shown}</EntityRefLink> : shown}
      {props.title && props.title !== props.name && (
        <Typography variant="caption" component="div" color="textSecondary">
          <code>{props.name}</code>
        </Typography>
      )}
    </>
  );
}

/** The account resources the workspace is built from, each linked to its catalog entity. */
export function ProvisioningCard(props: {
  provisioning: WorkspaceProvisioning;
  titles?: ProvisioningTitles;
}) {
  const { provisioning, titles = {} } = props;
  return (
    <InfoCard variant="gridItem" title="Provisioning configuration">
      <FactTable
        ariaLabel="Provisioning configuration"
        facts={[
          {
            label: 'Stack template',
            value: (
              <ResourceLink
                type="stack-template"
                name={provisioning.stackTemplate}
                title={titles.stackTemplate}
              />
            ),
          },
          {
            label: 'Cloud credential',
            value: (
              <ResourceLink
                type="cloud-credential"
                name={provisioning.cloudCredential}
                title={titles.cloudCredential}
              />
            ),
          },
          {
            label: 'State storage',
            value: (
              <ResourceLink
                type="state-storage"
                name={provisioning.stateStorage}
                title={titles.stateStorage}
              />
            ),
          },
          {
            label: 'Network',
            value: provisioning.network ? (
              <ResourceLink
                type="network"
                name={provisioning.network}
                title={titles.network}
              />
            ) : (
              'None (created by the template)'
            ),
          },
        ]}
      />
    </InfoCard>
  );
}
