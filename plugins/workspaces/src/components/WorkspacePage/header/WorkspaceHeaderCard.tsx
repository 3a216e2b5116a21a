import { Box, Divider } from '@material-ui/core';
import { InfoCard } from '@backstage/core-components';
import type { WorkspaceWithAllowedOperations } from '@oqullus/plugin-workspaces-common';
import { WorkspaceOperations } from './WorkspaceOperations';
import { WorkspaceSummary } from './WorkspaceSummary';

/** The workspace at a glance with everything one can do to it; on the page and the entity tab. */
export function WorkspaceHeaderCard(props: {
  workspace: WorkspaceWithAllowedOperations;
  onChanged: () => void;
}) {
  return (
    <InfoCard>
      <WorkspaceSummary workspace={props.workspace} />
      <Box my={2}>
        <Divider />
      </Box>
      <WorkspaceOperations
        workspace={props.workspace}
        onChanged={props.onChanged}
      />
    </InfoCard>
  );
}
