import { useState } from 'react';
import { Box, makeStyles } from '@material-ui/core';
import { useApi } from '@backstage/core-plugin-api';
import {
  workspaceOperationLabels,
  type ApprovalDecision,
  type WorkspaceOperation,
  type WorkspaceWithAllowedOperations,
} from '@oqullus/plugin-workspaces-common';
import { workspacesApiRef } from '../../../api';
import { ActionError } from './ActionError';
import { ApprovalDialog } from './ApprovalDialog';
import { DeleteWorkspaceAction } from './DeleteWorkspaceAction';
import { OperationButton } from './OperationButton';
import { RefusalReasons } from './RefusalReasons';
import { useOperationRunner } from './useOperationRunner';

const useStyles = makeStyles(theme => ({
  buttons: { display: 'flex', flexWrap: 'wrap', gap: theme.spacing(1) },
}));

type JobRequest = 'provision' | 'sync-infrastructure' | 'sync-apps';
const jobRequests: readonly JobRequest[] = [
  'sync-apps',
  'provision',
  'sync-infrastructure',
];

/**
 * Approve and Reject matter only while a request waits for a decision;
 * elsewhere they would only add two refused buttons to every page.
 */
export function isApprovalPending(
  workspace: WorkspaceWithAllowedOperations,
): boolean {
  return (
    workspace.status === 'created' && workspace.approval.state === 'pending'
  );
}

/** Which operations the header shows, in the order of its buttons. */
export function shownOperations(
  workspace: WorkspaceWithAllowedOperations,
): WorkspaceOperation[] {
  return [
    ...jobRequests,
    'delete',
    'cancel',
    ...(isApprovalPending(workspace) ? (['approve', 'reject'] as const) : []),
  ];
}

/**
 * Every operation on the workspace as a button, enabled when the lifecycle
 * machine allows it, with the reason in words when it does not.
 */
export function WorkspaceOperations(props: {
  workspace: WorkspaceWithAllowedOperations;
  onChanged: () => void;
}) {
  const { workspace, onChanged } = props;
  const classes = useStyles();
  const api = useApi(workspacesApiRef);
  const runner = useOperationRunner(onChanged);
  const [decision, setDecision] = useState<ApprovalDecision['decision'] | null>(
    null,
  );
  const busy = runner.pending !== null;
  const decisions = workspace.allowedOperations;
  const activeJob = workspace.activeJob;

  const requestJob = (operation: JobRequest) =>
    runner.run(
      workspaceOperationLabels[operation],
      () => api.requestOperation(workspace.id, { operation }),
      `${workspaceOperationLabels[operation]} queued for ${workspace.name}`,
    );
  const cancelJob = () =>
    activeJob &&
    runner.run(
      workspaceOperationLabels.cancel,
      () => api.cancelJob(activeJob.id),
      'Cancellation requested: the job stops at its next safe point',
    );
  const decide = async (request: ApprovalDecision) => {
    setDecision(null);
    const label = workspaceOperationLabels[request.decision];
    await runner.run(
      label,
      () => api.decideApproval(workspace.id, request),
      `${workspace.name} ${
        request.decision === 'approve' ? 'approved' : 'rejected'
      }`,
    );
  };

  const button = (operation: WorkspaceOperation, onClick: () => void) => (
    <OperationButton
      key={operation}
      workspaceId={workspace.id}
      operation={operation}
      decision={decisions[operation]}
      busy={busy}
      label={workspaceOperationLabels[operation]}
      onClick={onClick}
    />
  );

  return (
    <Box>
      <div
        className={classes.buttons}
        role="group"
        aria-label="Workspace operations"
      >
        {jobRequests.map(operation =>
          button(operation, () => requestJob(operation)),
        )}
        <DeleteWorkspaceAction workspace={workspace} runner={runner} />
        {button('cancel', () => cancelJob())}
        {isApprovalPending(workspace) && (
          <>
            {button('approve', () => setDecision('approve'))}
            {button('reject', () => setDecision('reject'))}
          </>
        )}
      </div>
      <RefusalReasons
        workspaceId={workspace.id}
        operations={shownOperations(workspace)}
        allowedOperations={decisions}
      />
      {runner.failure && (
        <Box mt={2}>
          <ActionError {...runner.failure} />
        </Box>
      )}
      {decision && (
        <ApprovalDialog
          decision={decision}
          busy={busy}
          onCancel={() => setDecision(null)}
          onConfirm={decide}
        />
      )}
    </Box>
  );
}
