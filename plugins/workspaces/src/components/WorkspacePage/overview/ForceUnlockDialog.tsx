import type { ReactNode } from 'react';
import { ConfirmDialog } from '../../shared/ConfirmDialog';

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
  return (
    <ConfirmDialog
      id="force-unlock"
      open={props.open}
      title={`Force-unlock the state of ${props.component}?`}
      keepLabel="Keep the lock"
      confirmLabel="Force unlock"
      busy={props.busy}
      onCancel={props.onCancel}
      onConfirm={props.onConfirm}
    >
      The lock was taken by {props.holderDescription}. Release it only if that
      Terraform run is really over: if it is still writing, the next run writes
      the same state at the same time and the state can lose resources, which
      then stay in the cloud unmanaged. The unlock is audited and shown in the
      workspace's events.
    </ConfirmDialog>
  );
}
