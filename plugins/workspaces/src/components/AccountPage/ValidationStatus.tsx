import { Box, Chip, makeStyles, Typography } from '@material-ui/core';
import type { AccountResourceValidation } from '@oqullus/plugin-workspaces-common';
import { RelativeTime } from '../shared';

const useStyles = makeStyles(theme => ({
  valid: {
    backgroundColor: theme.palette.success.dark,
    color: theme.palette.success.contrastText,
  },
  warning: {
    backgroundColor: theme.palette.warning.light,
    color: theme.palette.getContrastText(theme.palette.warning.light),
  },
  broken: {
    backgroundColor: theme.palette.error.dark,
    color: theme.palette.error.contrastText,
  },
  unknown: {
    backgroundColor: theme.palette.grey[300],
    color: theme.palette.grey[900],
  },
  messages: {
    margin: theme.spacing(0.5, 0, 0),
    paddingLeft: theme.spacing(2),
    overflowWrap: 'break-word',
  },
}));

const labels: Record<AccountResourceValidation['status'], string> = {
  valid: 'Valid',
  warning: 'Warning',
  broken: 'Broken',
  unknown: 'Not checked',
};

/** The last preflight check: a chip, what it found, and when it ran. */
export function ValidationStatus(props: {
  validation: AccountResourceValidation;
}) {
  const classes = useStyles();
  const { status, messages, checkedAt } = props.validation;
  return (
    <Box>
      <Chip
        size="small"
        label={labels[status]}
        className={classes[status]}
        data-testid={`validation-${status}`}
      />
      {messages.length > 0 && (
        <ul className={classes.messages}>
          {messages.map(message => (
            <li key={message}>
              <Typography variant="body2">{message}</Typography>
            </li>
          ))}
        </ul>
      )}
      {checkedAt && (
        <Typography variant="caption" color="textSecondary" component="div">
          Checked <RelativeTime iso={checkedAt} />
        </Typography>
      )}
    </Box>
  );
}
