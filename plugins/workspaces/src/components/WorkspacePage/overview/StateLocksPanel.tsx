import { useState, type ReactNode } from 'react';
import { Box, Button, Grid, Typography, makeStyles } from '@material-ui/core';
import { useApi } from '@backstage/core-plugin-api';
import { EntityDisplayName } from '@backstage/plugin-catalog-react';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  jobOperationLabels,
  workspaceStateUnlockPermission,
  type StateLockView,
} from '@oqullus/plugin-workspaces-common';
import { workspacesApiRef } from '../../../api';
import { ActionError } from '../header/ActionError';
import { useOperationRunner } from '../header/useOperationRunner';
import { ForceUnlockDialog } from './ForceUnlockDialog';
import { RecoveryPanel } from './RecoveryPanel';

const useStyles = makeStyles(theme => ({
  lock: { marginTop: theme.spacing(1.5) },
}));

const staleReasons: Record<
  NonNullable<StateLockView['staleReason']>,
  string
> = {
  'job-not-running': 'its job has ended',
  'lease-expired': 'its job lost its runner',
  'job-gone': 'its job no longer exists',
};

// People by the name the catalog gives them; anything else (a service) as it is.
function holderName(holder: string): ReactNode {
  return /^(user|group):/.test(holder) ? (
    <EntityDisplayName entityRef={holder} hideIcon disableTooltip />
  ) : (
    holder
  );
}

/** "job 1a2b3c4d (Provision Infrastructure) for Dana Developer", or the person. */
function holderOf(lock: StateLockView): ReactNode {
  if (!lock.jobId) return holderName(lock.holder);
  const operation = lock.operation
    ? ` (${jobOperationLabels[lock.operation]})`
    : '';
  return (
    <>
      job {lock.jobId.slice(0, 8)}
      {operation} for {holderName(lock.holder)}
    </>
  );
}

function StateLockRow(props: {
  workspaceId: string;
  lock: StateLockView;
  mayUnlock: boolean;
  onChanged: () => void;
}) {
  const { workspaceId, lock, mayUnlock, onChanged } = props;
  const api = useApi(workspacesApiRef);
  const classes = useStyles();
  const { pending, failure, run } = useOperationRunner(onChanged);
  const [confirming, setConfirming] = useState(false);
  const label = `Force unlock ${lock.component}`;
  const running = lock.jobId !== undefined && !lock.staleReason;
  return (
    <div className={classes.lock}>
      <Typography variant="body2">
        <strong>{lock.component}</strong> is locked by {holderOf(lock)} since{' '}
        {new Date(lock.lockedAt).toLocaleString()}
        {lock.staleReason
          ? `; ${
              staleReasons[lock.staleReason]
            }, so the lock protects nothing any more and the next run takes it over.`
          : null}
        {running
          ? '; that job is still running. Cancel it first if its Terraform is stuck: the lock is released when it stops.'
          : null}
        {!lock.jobId ? '.' : null}
      </Typography>
      {mayUnlock && !running ? (
        <Box mt={1}>
          <Button
            variant="outlined"
            size="small"
            aria-label={label}
            disabled={pending !== null}
            onClick={() => setConfirming(true)}
          >
            {pending ? 'Unlocking…' : 'Force unlock'}
          </Button>
        </Box>
      ) : null}
      <ForceUnlockDialog
        open={confirming}
        component={lock.component}
        holderDescription={holderOf(lock)}
        busy={pending !== null}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          run(
            label,
            () => api.forceUnlockState(workspaceId, lock.component),
            `The state of ${lock.component} is unlocked; the next run can take the lock`,
          );
        }}
      />
      {failure ? (
        <Box mt={1}>
          <ActionError title={failure.title} message={failure.message} />
        </Box>
      ) : null}
    </div>
  );
}

/**
 * Locks on the workspace's Terraform states. A lock left by a Terraform that died
 * blocks every run after it ("the state is locked"); Account Owners and Admins
 * release it here, everyone else is told who can. A full-width item of the
 * Overview's grid, shown only while a state is locked.
 */
export function StateLocksPanel(props: {
  workspaceId: string;
  stateLocks: StateLockView[];
  onChanged: () => void;
}) {
  const { workspaceId, stateLocks, onChanged } = props;
  const { allowed } = usePermission({
    permission: workspaceStateUnlockPermission,
    resourceRef: workspaceId,
  });
  if (stateLocks.length === 0) return null;
  return (
    <Grid item xs={12}>
      <RecoveryPanel
        name="state-locks"
        title="State locked"
        intro={
          allowed
            ? 'While a state is locked, no other run can change it. Force-unlock a lock only when the Terraform run that took it is over.'
            : 'While a state is locked, no other run can change it. If the Terraform run that took a lock died, an Account Owner or Admin can force-unlock it from this page.'
        }
      >
        {stateLocks.map(lock => (
          <StateLockRow
            key={lock.component}
            workspaceId={workspaceId}
            lock={lock}
            mayUnlock={allowed}
            onChanged={onChanged}
          />
        ))}
      </RecoveryPanel>
    </Grid>
  );
}
