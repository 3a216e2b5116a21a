import { Box, Chip } from '@material-ui/core';
import { InfoCard } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import type { Workspace } from '@oqullus/plugin-workspaces-common';
import { RelativeTime } from '../../shared';
import { workspaceEntityRef } from './accountResourceEntityRefs';
import { FactTable, type Fact } from './FactTable';

/** Who created the workspace, when, and where it lives in the catalog. */
export function AboutCard(props: { workspace: Workspace }) {
  const { workspace } = props;
  const entityRef = workspaceEntityRef(workspace.externalId);
  const facts: Fact[] = [
    {
      label: 'Created by',
      value: <EntityRefLink entityRef={workspace.createdBy} />,
    },
    { label: 'Created', value: <RelativeTime iso={workspace.createdAt} /> },
    {
      label: 'Last activity',
      value: <RelativeTime iso={workspace.lastActivityAt} />,
    },
  ];
  const labels = Object.entries(workspace.labels);
  if (labels.length > 0) {
    facts.push({
      label: 'Labels',
      value: (
        <Box display="flex" flexWrap="wrap" gridGap={4}>
          {labels.map(([key, value]) => (
            <Chip
              key={key}
              size="small"
              variant="outlined"
              label={value ? `${key}: ${value}` : key}
            />
          ))}
        </Box>
      ),
    });
  }
  if (entityRef) {
    facts.push({
      label: 'Catalog entity',
      value: <EntityRefLink entityRef={entityRef}>{entityRef}</EntityRefLink>,
    });
  }
  return (
    <InfoCard variant="gridItem" title="About">
      <FactTable ariaLabel="About" facts={facts} />
    </InfoCard>
  );
}
