import { Box, Button, Typography, makeStyles } from '@material-ui/core';
import PauseCircleOutlineIcon from '@material-ui/icons/PauseCircleOutline';
import EditIcon from '@material-ui/icons/Edit';
import { Link } from 'react-router-dom';
import { useRouteRef } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  jobOperationLabels,
  workspaceOperationLabels,
} from '@oqullus/plugin-workspaces-common';
import { workspaceRouteRef } from '../../../routes';
import { RelativeTime } from '../../shared';
import { ActionError } from '../header/ActionError';
import { TEMPLATE_INPUTS_ANCHOR } from '../settings/TemplateInputsForm';
import { useLastCancellation, type Cancellation } from './useLastCancellation';

const useStyles = makeStyles(theme => ({
  cancelled: {
    display: 'flex',
    gap: theme.spacing(1),
    alignItems: 'flex-start',
    padding: theme.spacing(1.5, 2),
    borderLeft: `4px solid ${theme.palette.grey[600]}`,
    backgroundColor: theme.palette.background.default,
  },
}));

/** A cancelled job is no error: grey, with who stopped it and how to go on. */
function CancelledPanel(props: { cancellation: Cancellation }) {
  const { job, by, at } = props.cancellation;
  const classes = useStyles();
  const label = jobOperationLabels[job.operation];
  return (
    <div
      data-testid="cancelled-job"
      role="status"
      className={classes.cancelled}
    >
      <PauseCircleOutlineIcon aria-hidden="true" />
      <div>
        <Typography variant="subtitle2" component="p">
          {label} was cancelled
          {by && (
            <>
              {' '}
              by <EntityRefLink entityRef={by} />
            </>
          )}
          {at && (
            <>
              {' '}
              <RelativeTime iso={at} />
            </>
          )}
        </Typography>
        <Typography variant="body2">
          Nothing went wrong: what Terraform built so far is kept. Retry{' '}
          {workspaceOperationLabels.provision} to finish it; it resumes from the
          step that was stopped.
        </Typography>
      </div>
    </div>
  );
}

/**
 * Why a Failed workspace failed and the way out, above everything else on the
 * Overview; when the cause is an input, the way out is the Settings section.
 */
export function FailurePanel(props: {
  workspaceId: string;
  failureReason?: string;
}) {
  const workspaceLink = useRouteRef(workspaceRouteRef);
  const cancellation = useLastCancellation(props.workspaceId);
  // Nothing until it is known whether this was a cancel: red, then grey, would alarm.
  if (cancellation.loading) {
    return null;
  }
  if (cancellation.value) {
    return <CancelledPanel cancellation={cancellation.value} />;
  }
  return (
    <div data-testid="failure-reason">
      <ActionError
        title="This workspace failed"
        message={
          props.failureReason ??
          'The last job failed without giving a reason; see the Events tab for its log.'
        }
      />
      <Typography variant="body2" component="p" style={{ marginTop: 8 }}>
        Fix the cause, then retry {workspaceOperationLabels.provision}: it
        resumes from the step that failed. The Events tab has the job's log.
        When a template input caused it, change the input in Settings and retry
        from there.
      </Typography>
      <Box mt={1}>
        <Button
          component={Link}
          to={`${workspaceLink({
            id: props.workspaceId,
          })}/settings#${TEMPLATE_INPUTS_ANCHOR}`}
          variant="outlined"
          color="primary"
          startIcon={<EditIcon />}
        >
          Edit inputs and retry
        </Button>
      </Box>
    </div>
  );
}
