import { Typography, makeStyles } from '@material-ui/core';
import ErrorOutlineIcon from '@material-ui/icons/ErrorOutline';
import type { Job } from '@oqullus/plugin-workspaces-common';
import { logColours } from './logColours';
import { stepTitle } from './stepTitle';

const useStyles = makeStyles(theme => {
  const colours = logColours(theme);
  return {
    box: {
      display: 'flex',
      gap: theme.spacing(1),
      padding: theme.spacing(1, 1.5),
      marginBottom: theme.spacing(2),
      borderLeft: `4px solid ${colours.error.text}`,
      background: colours.error.background,
      color: colours.error.text,
    },
    message: { overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' },
  };
});

/**
 * Why the job failed, said once: the step that failed and its error (the job's error
 * repeats the step's, or adds what happened around it, as on a shutdown).
 */
export function JobFailure(props: { job: Job }) {
  const { job } = props;
  const classes = useStyles();
  const step = job.steps.find(s => s.status === 'failed' && s.error);
  const error = job.error ?? step?.error;
  if (!error) return null;
  return (
    <div className={classes.box} data-testid="job-failure">
      <ErrorOutlineIcon fontSize="small" aria-hidden />
      <div>
        <Typography variant="subtitle2" component="p">
          {step ? `${stepTitle(step.name)} failed` : 'The job failed'}
        </Typography>
        <Typography variant="body2" className={classes.message}>
          {error}
        </Typography>
      </div>
    </div>
  );
}
