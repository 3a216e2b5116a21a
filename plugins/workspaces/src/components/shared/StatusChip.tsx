import { Chip, CircularProgress, makeStyles } from '@material-ui/core';
import CheckCircleIcon from '@material-ui/icons/CheckCircle';
import DeleteForeverIcon from '@material-ui/icons/DeleteForever';
import ErrorIcon from '@material-ui/icons/Error';
import FiberNewIcon from '@material-ui/icons/FiberNew';
import HourglassEmptyIcon from '@material-ui/icons/HourglassEmpty';
import BlockIcon from '@material-ui/icons/Block';
import type {
  ApprovalState,
  WorkspaceStatus,
} from '@oqullus/plugin-workspaces-common';
import {
  workspaceDisplayStatus,
  workspaceDisplayStatusLabels,
  type WorkspaceDisplayStatus,
} from './workspaceDisplayStatus';

const useStyles = makeStyles(theme => ({
  created: {
    backgroundColor: theme.palette.grey[200],
    color: theme.palette.grey[900],
  },
  'awaiting-approval': {
    backgroundColor: theme.palette.warning.light,
    color: theme.palette.grey[900],
  },
  rejected: {
    backgroundColor: theme.palette.grey[700],
    color: theme.palette.common.white,
  },
  provisioning: {
    // White on info.light fails WCAG AA contrast (axe color-contrast).
    backgroundColor: theme.palette.info.dark,
    color: theme.palette.common.white,
  },
  running: {
    backgroundColor: theme.palette.success.dark,
    color: theme.palette.success.contrastText,
  },
  failed: {
    backgroundColor: theme.palette.error.dark,
    color: theme.palette.error.contrastText,
  },
  deleting: {
    backgroundColor: theme.palette.warning.light,
    color: theme.palette.warning.contrastText,
  },
  deleted: {
    // grey[500] under white text fails WCAG AA contrast (axe color-contrast).
    backgroundColor: theme.palette.grey[700],
    color: theme.palette.common.white,
  },
  icon: { color: 'inherit' },
}));

/** Provisioning and Deleting are in motion: they spin instead of showing an icon. */
function StatusIcon(props: {
  status: WorkspaceDisplayStatus;
  className: string;
}) {
  switch (props.status) {
    case 'created':
      return <FiberNewIcon className={props.className} />;
    case 'awaiting-approval':
      return <HourglassEmptyIcon className={props.className} />;
    case 'rejected':
      return <BlockIcon className={props.className} />;
    case 'running':
      return <CheckCircleIcon className={props.className} />;
    case 'failed':
      return <ErrorIcon className={props.className} />;
    case 'deleted':
      return <DeleteForeverIcon className={props.className} />;
    default:
      return (
        <CircularProgress
          size={14}
          className={props.className}
          aria-hidden="true"
        />
      );
  }
}

/**
 * A workspace's status as a coloured chip with an icon, so the status reads
 * the same everywhere: lists, headers, entity cards. Given the approval
 * state, a Created workspace reads "Awaiting approval" or "Rejected".
 *
 * @public
 */
export function StatusChip(props: {
  status: WorkspaceStatus;
  approval?: ApprovalState;
  size?: 'small' | 'medium';
}) {
  const classes = useStyles();
  const shown = workspaceDisplayStatus(props.status, props.approval);
  return (
    <Chip
      size={props.size ?? 'small'}
      label={workspaceDisplayStatusLabels[shown]}
      className={classes[shown]}
      icon={<StatusIcon status={shown} className={classes.icon} />}
      data-testid={`status-${shown}`}
    />
  );
}
