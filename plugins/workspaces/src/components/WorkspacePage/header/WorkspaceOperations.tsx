import { useState } from 'react';
import { Box, Typography, makeStyles } from '@material-ui/core';
import InfoOutlinedIcon from '@material-ui/icons/InfoOutlined';
import { useApi } from '@backstage/core-plugin-api';
import {
  workspaceOperationLabels,
  type ApprovalDecision,
  type OperationRequest,
  type WorkspaceOperation,
  type WorkspaceWithAllowedOperations,
} from '@oqullus/plugin-workspaces-common';
import { workspacesApiRef } from '../../../api';
import { ActionError } from './ActionError';
import { ApprovalDialog } from './ApprovalDialog';
import { CancelJobDialog } from './CancelJobDialog';
import { OperationButton } from './OperationButton';
import { useOperationRunner } from './useOperationRunner';

const useStyles = makeStyles(theme => ({
  buttons: { display: 'flex', flexWrap: 'wrap', gap: theme.spacing(1) },
  summary: {
    display: 'flex',
    gap: theme.spacing(1),
    alignItems: 'flex-start',
    marginTop: theme.spacing(2),
  },
}));

// The operations the spec lets POST /workspaces/{id}/operations queue.
type JobRequest = OperationRequest['operation'];
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

/**
 * The everyday operations this person could ever take, in button order: the
 * lifecycle machine refuses the others for their role ('forbidden'), so they
 * are left out rather than shown disabled. Delete lives in the Settings'
 * danger zone, and nothing is offered on a Deleted workspace.
 */
export function shownOperations(
  workspace: WorkspaceWithAllowedOperations,
): WorkspaceOperation[] {
  if (workspace.status === 'deleted') {
    return [];
  }
  const candidates: WorkspaceOperation[] = [
    ...jobRequests,
    'cancel',
    ...(isApprovalPending(workspace) ? (['approve', 'reject'] as const) : []),
  ];
  return candidates.filter(operation => {
    const decision = workspace.allowedOperations[operation];
    return decision.allowed || decision.code !== 'forbidden';
  });
}

/**
 * One line saying why nothing can be done now, or null while something can.
 * The provision refusal says it best before the first build (approval,
 * rejection); otherwise the first refusal stands for all of them.
 */
export function blockedSummary(
  workspace: WorkspaceWithAllowedOperations,
  shown: readonly WorkspaceOperation[],
): string | null {
  const decisions = workspace.allowedOperations;
  if (workspace.status === 'deleted') {
    return 'This workspace is Deleted: nothing can be done with it any more; create a new workspace if you need one.';
  }
  if (shown.length === 0) {
    const provision = decisions.provision;
    return provision.allowed ? null : provision.reason;
  }
  if (shown.some(operation => decisions[operation].allowed)) {
    return null;
  }
  const first = shown.includes('provision') ? 'provision' : shown[0];
  const decision = decisions[first];
  return decision.allowed ? null : decision.reason;
}

/**
 * The operations this person could take on the workspace as buttons, enabled
 * when the lifecycle machine allows them now, each refusal in a tooltip, and
 * one line when the workspace is blocked.
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
  const [confirmCancel, setConfirmCancel] = useState(false);
  const busy = runner.pending !== null;
  const decisions = workspace.allowedOperations;
  const activeJob = workspace.activeJob;
  const shown = shownOperations(workspace);
  const summary = blockedSummary(workspace, shown);

  const requestJob = (operation: JobRequest) =>
    runner.run(
      workspaceOperationLabels[operation],
      () => api.requestOperation(workspace.id, { operation }),
      `${workspaceOperationLabels[operation]} queued for ${workspace.name}`,
    );
  const cancelJob = async () => {
    setConfirmCancel(false);
    if (activeJob) {
      await runner.run(
        workspaceOperationLabels.cancel,
        () => api.cancelJob(activeJob.id),
        'Cancellation requested: the job stops at its next safe point',
      );
    }
  };
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

  const onClickOf = (operation: WorkspaceOperation) => {
    switch (operation) {
      case 'cancel':
        return () => setConfirmCancel(true);
      case 'approve':
      case 'reject':
        return () => setDecision(operation);
      default:
        return () => requestJob(operation as JobRequest);
    }
  };

  return (
    <Box>
      {shown.length > 0 && (
        <div
          className={classes.buttons}
          role="group"
          aria-label="Workspace operations"
        >
          {shown.map(operation => (
            <OperationButton
              key={operation}
              workspaceId={workspace.id}
              operation={operation}
              decision={decisions[operation]}
              busy={busy}
              label={workspaceOperationLabels[operation]}
              onClick={onClickOf(operation)}
            />
          ))}
        </div>
      )}
      {summary && (
        <div className={classes.summary} data-testid="operations-summary">
          <InfoOutlinedIcon fontSize="small" aria-hidden="true" />
          <Typography variant="body2">{summary}</Typography>
        </div>
      )}
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
      {confirmCancel && activeJob && (
        <CancelJobDialog
          job={activeJob}
          busy={busy}
          onCancel={() => setConfirmCancel(false)}
          onConfirm={cancelJob}
        />
      )}
    </Box>
  );
}
