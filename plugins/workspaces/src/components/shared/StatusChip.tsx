import { Chip, CircularProgress, makeStyles } from '@material-ui/core';
import CheckCircleIcon from '@material-ui/icons/CheckCircle';
import DeleteForeverIcon from '@material-ui/icons/DeleteForever';
import ErrorIcon from '@material-ui/icons/Error';
import FiberNewIcon from '@material-ui/icons/FiberNew';
import {
  workspaceStatusLabels,
  type WorkspaceStatus,
} from '@oqullus/plugin-workspaces-common';

const useStyles = makeStyles(theme => ({
  created: {
    backgroundColor: theme.palette.grey[200],
    color: theme.palette.grey[900],
  },
  provisioning: {
    backgroundColor: theme.palette.info.light,
    color: theme.palette.info.contrastText,
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
function StatusIcon(props: { status: WorkspaceStatus; className: string }) {
  switch (props.status) {
    case 'created':
      return <FiberNewIcon className={props.className} />;
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
 * the same everywhere: lists, headers, entity cards.
 *
 * @public
 */
export function StatusChip(props: {
  status: WorkspaceStatus;
  size?: 'small' | 'medium';
}) {
  const classes = useStyles();
  const label = workspaceStatusLabels[props.status];
  return (
    <Chip
      size={props.size ?? 'small'}
      label={label}
      className={classes[props.status]}
      icon={<StatusIcon status={props.status} className={classes.icon} />}
      data-testid={`status-${props.status}`}
    />
  );
}
