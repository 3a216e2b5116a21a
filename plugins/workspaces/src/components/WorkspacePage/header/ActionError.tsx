import { Box, Typography, makeStyles } from '@material-ui/core';
import ErrorOutlineIcon from '@material-ui/icons/ErrorOutline';

const useStyles = makeStyles(theme => ({
  root: {
    display: 'flex',
    gap: theme.spacing(1),
    alignItems: 'flex-start',
    padding: theme.spacing(1.5, 2),
    borderLeft: `4px solid ${theme.palette.error.main}`,
    backgroundColor: theme.palette.background.default,
  },
  icon: { color: theme.palette.error.main },
}));

/**
 * A refused or failed action, with the server's own sentence. Announced as
 * an alert so screen readers hear it without moving focus.
 */
export function ActionError(props: { title: string; message: string }) {
  const classes = useStyles();
  return (
    <Box className={classes.root} role="alert">
      <ErrorOutlineIcon className={classes.icon} aria-hidden="true" />
      <div>
        <Typography variant="subtitle2" component="p">
          {props.title}
        </Typography>
        <Typography variant="body2">{props.message}</Typography>
      </div>
    </Box>
  );
}
