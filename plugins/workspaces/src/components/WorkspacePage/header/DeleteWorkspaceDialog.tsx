import { useState } from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  TextField,
} from '@material-ui/core';

/**
 * Confirms a deletion by having the person type the workspace name: the
 * destroy job cannot be undone, so a stray click must not start it.
 */
export function DeleteWorkspaceDialog(props: {
  open: boolean;
  workspaceName: string;
  busy: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  const { open, workspaceName, busy, onCancel, onConfirm } = props;
  const [typed, setTyped] = useState('');
  const matches = typed === workspaceName;
  const close = () => {
    setTyped('');
    onCancel();
  };
  return (
    <Dialog
      open={open}
      onClose={close}
      aria-labelledby="delete-workspace-title"
    >
      <DialogTitle id="delete-workspace-title">
        Delete {workspaceName}?
      </DialogTitle>
      <DialogContent>
        <DialogContentText>
          Deletion is permanent: it destroys all cloud resources of this
          workspace (infrastructure, apps and their data) and cannot be undone.
          A job that is running now is cancelled first.
        </DialogContentText>
        <TextField
          id="delete-confirm-name"
          fullWidth
          variant="outlined"
          margin="dense"
          label="Workspace name"
          value={typed}
          onChange={event => setTyped(event.target.value)}
          helperText={`Type "${workspaceName}" exactly to confirm`}
          inputProps={{ autoComplete: 'off', spellCheck: false }}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={close}>Keep workspace</Button>
        <Button
          variant="contained"
          color="secondary"
          disabled={!matches || busy}
          onClick={onConfirm}
        >
          Delete workspace
        </Button>
      </DialogActions>
    </Dialog>
  );
}
