import { useState } from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Typography,
} from '@material-ui/core';
import { useApi } from '@backstage/core-plugin-api';
import type {
  AccountResource,
  AccountResourceKind,
} from '@oqullus/plugin-workspaces-common';
import { workspacesApiRef } from '../../api';
import { errorMessage } from '../shared';
import { accountKindLabels } from './accountKinds';

/**
 * Asks before removing a resource. The backend refuses (409) while live
 * workspaces use it; its sentence says which, so it is shown as is.
 */
export function DeleteResourceDialog(props: {
  kind: AccountResourceKind;
  resource: AccountResource;
  onClose: () => void;
  onDeleted: () => void;
}) {
  const { kind, resource, onClose, onDeleted } = props;
  const api = useApi(workspacesApiRef);
  const [deleting, setDeleting] = useState(false);
  const [error, setError] = useState<string>();
  const noun = accountKindLabels[kind].singular;

  const remove = async () => {
    setDeleting(true);
    setError(undefined);
    try {
      await api.deleteAccountResource(kind, resource.name);
      onDeleted();
    } catch (e) {
      setError(errorMessage(e));
      setDeleting(false);
    }
  };

  return (
    <Dialog open onClose={onClose} aria-labelledby="delete-resource-title">
      <DialogTitle id="delete-resource-title">
        Delete {noun} {resource.name}?
      </DialogTitle>
      <DialogContent>
        <DialogContentText>
          New workspaces will no longer be able to use “{resource.title}”. A{' '}
          {noun} that live workspaces use cannot be deleted.
        </DialogContentText>
        {error && (
          <Typography color="error" variant="body2" role="alert">
            {error}
          </Typography>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button
          onClick={remove}
          disabled={deleting}
          variant="contained"
          color="secondary"
        >
          Delete
        </Button>
      </DialogActions>
    </Dialog>
  );
}
