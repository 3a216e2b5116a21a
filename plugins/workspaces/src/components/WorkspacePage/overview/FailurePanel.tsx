import { Typography } from '@material-ui/core';
import { workspaceOperationLabels } from '@oqullus/plugin-workspaces-common';
import { ActionError } from '../header/ActionError';

/** Why a Failed workspace failed and the way out, above everything else on the Overview. */
export function FailurePanel(props: { failureReason?: string }) {
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
      </Typography>
    </div>
  );
}
