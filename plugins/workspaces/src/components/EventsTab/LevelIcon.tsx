import { makeStyles } from '@material-ui/core';
import ErrorIcon from '@material-ui/icons/Error';
import InfoIcon from '@material-ui/icons/Info';
import WarningIcon from '@material-ui/icons/Warning';
import type { WorkspaceEventLevel } from '@oqullus/plugin-workspaces-common';
import { eventLevelLabels } from './eventKinds';

const useStyles = makeStyles(theme => ({
  info: { color: theme.palette.info.dark },
  warning: { color: theme.palette.warning.dark },
  error: { color: theme.palette.error.dark },
  // On a coloured chip the chip's own text colour reads; the label names the level.
  inherit: { color: 'inherit' },
}));

/** The level as an icon in its colour; the label is there for screen readers. */
export function LevelIcon(props: {
  level: WorkspaceEventLevel;
  fontSize?: 'small' | 'inherit';
  /** Beside a text that already names the level. */
  decorative?: boolean;
}) {
  const classes = useStyles();
  const common = {
    className: props.decorative ? classes.inherit : classes[props.level],
    fontSize: props.fontSize ?? 'small',
    ...(props.decorative
      ? { 'aria-hidden': true }
      : { titleAccess: eventLevelLabels[props.level] }),
    'data-testid': `level-${props.level}`,
  } as const;
  switch (props.level) {
    case 'error':
      return <ErrorIcon {...common} />;
    case 'warning':
      return <WarningIcon {...common} />;
    default:
      return <InfoIcon {...common} />;
  }
}
