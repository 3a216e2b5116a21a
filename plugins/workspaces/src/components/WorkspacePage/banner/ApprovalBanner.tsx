import { Box, Typography, makeStyles } from '@material-ui/core';
import BlockIcon from '@material-ui/icons/Block';
import HourglassEmptyIcon from '@material-ui/icons/HourglassEmpty';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import type { WorkspaceWithAllowedOperations } from '@oqullus/plugin-workspaces-common';
import { RelativeTime } from '../../shared';

const useStyles = makeStyles(theme => ({
  root: {
    display: 'flex',
    gap: theme.spacing(1.5),
    alignItems: 'flex-start',
    padding: theme.spacing(1.5, 2),
    marginBottom: theme.spacing(3),
    backgroundColor: theme.palette.background.paper,
  },
  pending: { borderLeft: `4px solid ${theme.palette.warning.dark}` },
  rejected: { borderLeft: `4px solid ${theme.palette.grey[700]}` },
  comment: {
    margin: theme.spacing(1, 0, 0),
    paddingLeft: theme.spacing(1.5),
    borderLeft: `2px solid ${theme.palette.divider}`,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
  },
}));

function Pending(props: { workspace: WorkspaceWithAllowedOperations }) {
  const { approval, allowedOperations } = props.workspace;
  return (
    <div>
      <Typography variant="subtitle1" component="h2">
        Awaiting approval
      </Typography>
      <Typography variant="body2">
        An Account Owner or Admin must approve this request before its
        infrastructure can be provisioned.
        {approval.requestedBy && (
          <>
            {' '}
            Requested by <EntityRefLink entityRef={approval.requestedBy} />
            {approval.requestedAt && (
              <>
                {' '}
                <RelativeTime iso={approval.requestedAt} />
              </>
            )}
            .
          </>
        )}
      </Typography>
      <Typography variant="body2">
        {allowedOperations.approve.allowed
          ? 'You may decide: use Approve or Reject below.'
          : 'Nothing to do for now: you will see the decision here.'}
      </Typography>
    </div>
  );
}

function Rejected(props: { workspace: WorkspaceWithAllowedOperations }) {
  const { approval } = props.workspace;
  const classes = useStyles();
  return (
    <div>
      <Typography variant="subtitle1" component="h2">
        Rejected
      </Typography>
      <Typography variant="body2">
        {approval.decidedBy ? (
          <>
            Rejected by <EntityRefLink entityRef={approval.decidedBy} />
          </>
        ) : (
          'Rejected'
        )}
        {approval.decidedAt && (
          <>
            {' '}
            <RelativeTime iso={approval.decidedAt} />
          </>
        )}
        . This workspace cannot be provisioned; to go ahead, create a new
        workspace that answers the comment.
      </Typography>
      {approval.comment && (
        <blockquote className={classes.comment} aria-label="Rejection comment">
          <Typography variant="body2">{approval.comment}</Typography>
        </blockquote>
      )}
    </div>
  );
}

/**
 * The approval fact that decides what can happen next, above everything
 * else: who may approve while a request waits, who rejected it and why.
 */
export function ApprovalBanner(props: {
  workspace: WorkspaceWithAllowedOperations;
}) {
  const { workspace } = props;
  const classes = useStyles();
  if (workspace.status !== 'created') {
    return null;
  }
  const state = workspace.approval.state;
  if (state !== 'pending' && state !== 'rejected') {
    return null;
  }
  const Icon = state === 'pending' ? HourglassEmptyIcon : BlockIcon;
  return (
    <Box
      className={`${classes.root} ${classes[state]}`}
      role="status"
      data-testid="approval-banner"
    >
      <Icon aria-hidden="true" />
      {state === 'pending' ? (
        <Pending workspace={workspace} />
      ) : (
        <Rejected workspace={workspace} />
      )}
    </Box>
  );
}
