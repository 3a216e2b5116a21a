import type { ReactNode } from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Typography,
} from '@material-ui/core';

/**
 * Asks before an action a stray click must not do: a title, one paragraph saying
 * what happens, a button that keeps things as they are and one that acts.
 */
export function ConfirmDialog(props: {
  /** Prefix of the title's and the paragraph's element ids (for aria-labelledby). */
  id: string;
  title: ReactNode;
  children: ReactNode;
  keepLabel: string;
  confirmLabel: string;
  busy: boolean;
  onCancel: () => void;
  onConfirm: () => void;
  open?: boolean;
  /** Why the last attempt failed, shown under the paragraph until the next one. */
  error?: string;
}) {
  const { id, busy, onCancel, onConfirm, open = true } = props;
  return (
    <Dialog
      open={open}
      onClose={onCancel}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-description`}
    >
      <DialogTitle id={`${id}-title`}>{props.title}</DialogTitle>
      <DialogContent>
        <DialogContentText id={`${id}-description`}>
          {props.children}
        </DialogContentText>
        {props.error ? (
          <Typography color="error" variant="body2" role="alert">
            {props.error}
          </Typography>
        ) : null}
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>{props.keepLabel}</Button>
        <Button
          variant="contained"
          color="secondary"
          disabled={busy}
          onClick={onConfirm}
        >
          {props.confirmLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
