import { useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import {
  workspaceOperationLabels,
  type WorkspaceWithAllowedOperations,
} from '@oqullus/plugin-workspaces-common';
import { workspacesApiRef } from '../../../api';
import { DeleteWorkspaceDialog } from './DeleteWorkspaceDialog';
import { OperationButton } from './OperationButton';
import type { OperationRunner } from './useOperationRunner';

/** The Delete button with its typed-name confirmation; shown in the header and the danger zone. */
export function DeleteWorkspaceAction(props: {
  workspace: WorkspaceWithAllowedOperations;
  runner: OperationRunner;
}) {
  const { workspace, runner } = props;
  const api = useApi(workspacesApiRef);
  const [open, setOpen] = useState(false);
  const label = workspaceOperationLabels.delete;
  const confirm = async () => {
    setOpen(false);
    await runner.run(
      label,
      () => api.deleteWorkspace(workspace.id),
      `Deletion of ${workspace.name} started: its cloud resources are being destroyed`,
    );
  };
  return (
    <>
      <OperationButton
        workspaceId={workspace.id}
        operation="delete"
        decision={workspace.allowedOperations.delete}
        busy={runner.pending !== null}
        label={label}
        // Red only when it can be clicked: a red outline reads as enabled.
        color={
          workspace.allowedOperations.delete.allowed ? 'secondary' : 'default'
        }
        onClick={() => setOpen(true)}
      />
      {/* Mounted only while open, so the typed name never outlives one attempt. */}
      {open && (
        <DeleteWorkspaceDialog
          open
          workspaceName={workspace.name}
          busy={runner.pending !== null}
          onCancel={() => setOpen(false)}
          onConfirm={confirm}
        />
      )}
    </>
  );
}
