import { Box, Typography, makeStyles } from '@material-ui/core';
import { InfoCard } from '@backstage/core-components';
import type { WorkspaceWithAllowedOperations } from '@oqullus/plugin-workspaces-common';
import { ActionError } from '../header/ActionError';
import { DeleteWorkspaceAction } from '../header/DeleteWorkspaceAction';
import { useOperationRunner } from '../header/useOperationRunner';

const useStyles = makeStyles(theme => ({
  zone: { border: `1px solid ${theme.palette.error.main}` },
}));

/** Deletion, set apart so it is never clicked by accident. */
export function DangerZone(props: {
  workspace: WorkspaceWithAllowedOperations;
  onChanged: () => void;
}) {
  const classes = useStyles();
  const runner = useOperationRunner(props.onChanged);
  const deletion = props.workspace.allowedOperations.delete;
  return (
    <InfoCard title="Danger zone" className={classes.zone}>
      <Typography variant="body2" paragraph>
        Deleting a workspace destroys all of its cloud resources. It cannot be
        undone; the workspace stays listed as Deleted.
      </Typography>
      <DeleteWorkspaceAction workspace={props.workspace} runner={runner} />
      {!deletion.allowed && (
        <Typography variant="body2" style={{ marginTop: 8 }}>
          {deletion.reason}
        </Typography>
      )}
      {runner.failure && (
        <Box mt={2}>
          <ActionError {...runner.failure} />
        </Box>
      )}
    </InfoCard>
  );
}
