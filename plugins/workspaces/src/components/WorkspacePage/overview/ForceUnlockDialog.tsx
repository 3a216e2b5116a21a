import type { ReactNode } from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
} from '@material-ui/core';

/**
 * Confirms a force-unlock: releasing a lock whose Terraform is in fact still
 * writing lets two runs write one state, so the person is told what to check.
 */
export function ForceUnlockDialog(props: {
  open: boolean;
  component: string;
  holderDescription: ReactNode;
  busy: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  const { open, component, holderDescription, busy, onCancel, onConfirm } =
    props;
  return (
    <Dialog
      open={open}
      onClose={onCancel}
      aria-labelledby="force-unlock-title"
      aria-describedby="force-unlock-description"
    >
      <DialogTitle id="force-unlock-title">
        Force-unlock the state of {component}?
      </DialogTitle>
      <DialogContent>
        <DialogContentText id="force-unlock-description">
          The lock was taken by {holderDescription}. Release it only if that
          Terraform run is really over: if it is still writing, the next run
          writes the same state at the same time and the state can lose
          resources, which then stay in the cloud unmanaged. The unlock is
          audited and shown in the workspace's events.
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>Keep the lock</Button>
        <Button
          variant="contained"
          color="secondary"
          disabled={busy}
          onClick={onConfirm}
        >
          Force unlock
        </Button>
      </DialogActions>
    </Dialog>
  );
}
