import { InfoCard } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import type { WorkspaceProvisioning } from '@oqullus/plugin-workspaces-common';
import {
  accountResourceEntityRef,
  type AccountResourceEntityType,
} from './accountResourceEntityRefs';
import { FactTable } from './FactTable';

function ResourceLink(props: {
  type: AccountResourceEntityType;
  name: string;
}) {
  const ref = accountResourceEntityRef(props.type, props.name);
  return ref ? (
    <EntityRefLink entityRef={ref}>{props.name}</EntityRefLink>
  ) : (
    <>{props.name}</>
  );
}

/** The account resources the workspace is built from, each linked to its catalog entity. */
export function ProvisioningCard(props: {
  provisioning: WorkspaceProvisioning;
}) {
  const { provisioning } = props;
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
              />
            ),
          },
          {
            label: 'Cloud credential',
            value: (
              <ResourceLink
                type="cloud-credential"
                name={provisioning.cloudCredential}
              />
            ),
          },
          {
            label: 'State storage',
            value: (
              <ResourceLink
                type="state-storage"
                name={provisioning.stateStorage}
              />
            ),
          },
          {
            label: 'Network',
            value: provisioning.network ? (
              <ResourceLink type="network" name={provisioning.network} />
            ) : (
              'None (created by the template)'
            ),
          },
        ]}
      />
    </InfoCard>
  );
}
