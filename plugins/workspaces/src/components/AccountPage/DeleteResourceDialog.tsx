import { useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import type {
  AccountResource,
  AccountResourceKind,
} from '@oqullus/plugin-workspaces-common';
import { workspacesApiRef } from '../../api';
import { errorMessage } from '../shared';
import { ConfirmDialog } from '../shared/ConfirmDialog';
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
    <ConfirmDialog
      id="delete-resource"
      title={`Delete ${noun} ${resource.name}?`}
      keepLabel="Cancel"
      confirmLabel="Delete"
      busy={deleting}
      error={error}
      onCancel={onClose}
      onConfirm={remove}
    >
      New workspaces will no longer be able to use “{resource.title}”. A {noun}{' '}
      that live workspaces use cannot be deleted.
    </ConfirmDialog>
  );
}
