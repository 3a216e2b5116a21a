import { Box, Button, Typography, makeStyles } from '@material-ui/core';
import { useApi } from '@backstage/core-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  workspaceStatePushPermission,
  type KeptState,
} from '@oqullus/plugin-workspaces-common';
import { workspacesApiRef } from '../../../api';
import { ActionError } from '../header/ActionError';
import { useOperationRunner } from '../header/useOperationRunner';
import { RecoveryPanel } from './RecoveryPanel';

const useStyles = makeStyles(theme => ({
  state: { marginTop: theme.spacing(1.5) },
}));

function KeptStateRow(props: {
  kept: KeptState;
  mayPush: boolean;
  onChanged: () => void;
}) {
  const { kept, mayPush, onChanged } = props;
  const api = useApi(workspacesApiRef);
  const classes = useStyles();
  const { pending, failure, run } = useOperationRunner(onChanged);
  const label = `Push the state of ${kept.component}`;
  return (
    <div className={classes.state}>
      <Typography variant="body2">
        <strong>{kept.component}</strong> (serial {kept.serial}, job{' '}
        {kept.jobId.slice(0, 8)}, kept {new Date(kept.keptAt).toLocaleString()}
        ): {kept.reason}.
      </Typography>
      {mayPush ? (
        <Box mt={1}>
          <Button
            variant="outlined"
            size="small"
            disabled={pending !== null}
            onClick={() =>
              run(
                label,
                () => api.pushKeptState(kept.jobId, kept.component),
                `The state of ${kept.component} is in the storage now`,
              )
            }
          >
            {pending ? 'Pushing…' : label}
          </Button>
        </Box>
      ) : null}
      {failure ? (
        <Box mt={1}>
          <ActionError title={failure.title} message={failure.message} />
        </Box>
      ) : null}
    </div>
  );
}

/**
 * States Terraform could not save, kept with their jobs: until one is pushed, the
 * storage misses what that job did, and the next run would plan it again. Account
 * Owners and Admins push them here; everyone else is told who can.
 */
export function KeptStatesPanel(props: {
  workspaceId: string;
  keptStates: KeptState[];
  onChanged: () => void;
}) {
  const { workspaceId, keptStates, onChanged } = props;
  const { allowed } = usePermission({
    permission: workspaceStatePushPermission,
    resourceRef: workspaceId,
  });
  return (
    <RecoveryPanel
      name="kept-states"
      title={`Terraform could not save ${
        keptStates.length === 1 ? 'a state' : 'states'
      } of this workspace`}
      intro={
        allowed
          ? 'Push each into the state storage before the next run, or that run plans again what the state misses.'
          : 'An Account Owner or Admin can push each into the state storage from this page; until then the next run plans again what the state misses.'
      }
    >
      {keptStates.map(kept => (
        <KeptStateRow
          key={`${kept.jobId}/${kept.component}`}
          kept={kept}
          mayPush={allowed}
          onChanged={onChanged}
        />
      ))}
    </RecoveryPanel>
  );
}
