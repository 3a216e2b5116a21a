import { Box, Button, Typography } from '@material-ui/core';
import EditIcon from '@material-ui/icons/Edit';
import { Link } from 'react-router-dom';
import { useRouteRef } from '@backstage/core-plugin-api';
import { workspaceOperationLabels } from '@oqullus/plugin-workspaces-common';
import { workspaceRouteRef } from '../../../routes';
import { ActionError } from '../header/ActionError';
import { TEMPLATE_INPUTS_ANCHOR } from '../settings/TemplateInputsForm';

/**
 * Why a Failed workspace failed and the way out, above everything else on the
 * Overview; when the cause is an input, the way out is the Settings section.
 */
export function FailurePanel(props: {
  workspaceId: string;
  failureReason?: string;
}) {
  const workspaceLink = useRouteRef(workspaceRouteRef);
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
