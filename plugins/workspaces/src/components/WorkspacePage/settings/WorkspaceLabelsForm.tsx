import { useState } from 'react';
import { Box, Button, Typography } from '@material-ui/core';
import { InfoCard } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import type { Workspace } from '@oqullus/plugin-workspaces-common';
import { workspacesApiRef } from '../../../api';
import { KeyValueRows } from '../../AccountPage/form/KeyValueRows';
import {
  keyValueRowsOf,
  recordOf,
  type KeyValueRow,
} from '../../AccountPage/form/keyValueDraft';
import { ActionError } from '../header/ActionError';
import { useOperationRunner } from '../header/useOperationRunner';
import { UPDATE_REFUSED_TEXT } from './useUpdatePermission';

const sameLabels = (a: Record<string, string>, b: Record<string, string>) =>
  JSON.stringify(Object.entries(a).sort()) ===
  JSON.stringify(Object.entries(b).sort());

/**
 * The workspace's labels (team, cost centre, environment), saved as a whole: the API
 * checks each key and value and answers with the label it refused.
 */
export function WorkspaceLabelsForm(props: {
  workspace: Workspace;
  canUpdate: boolean;
  onChanged: () => void;
}) {
  const { workspace, canUpdate, onChanged } = props;
  const api = useApi(workspacesApiRef);
  const [rows, setRows] = useState<KeyValueRow[]>(
    keyValueRowsOf(workspace.labels),
  );
  const saver = useOperationRunner(onChanged);
  const editable = canUpdate && workspace.status !== 'deleted';
  const { record, issues } = recordOf('labels', rows);
  const changed = !sameLabels(record, workspace.labels);

  const save = () =>
    saver.run(
      'Save labels',
      () => api.updateWorkspace(workspace.id, { labels: record }),
      'Labels saved',
    );

  return (
    <InfoCard title="Labels">
      {!canUpdate && (
        <Typography variant="body2" paragraph>
          {UPDATE_REFUSED_TEXT}
        </Typography>
      )}
      {editable ? (
        <form
          onSubmit={event => {
            event.preventDefault();
            save();
          }}
          noValidate
        >
          <KeyValueRows
            field="labels"
            label="Label"
            caption="Keys: lowercase letters, digits, '-', '_' and '.'; values: at most 63 letters, digits, '-', '_' and '.'. At most 32 labels, for finding and grouping workspaces."
            rows={rows}
            onChange={setRows}
            issues={issues}
          />
          {saver.failure && (
            <Box my={2}>
              <ActionError
                title={saver.failure.title}
                message={saver.failure.message}
              />
            </Box>
          )}
          <Box mt={2}>
            <Button
              type="submit"
              variant="contained"
              color="primary"
              disabled={!changed || saver.pending !== null || issues.length > 0}
            >
              Save labels
            </Button>
          </Box>
        </form>
      ) : (
        <Typography variant="body2">
          {Object.keys(workspace.labels).length === 0
            ? 'No labels.'
            : Object.entries(workspace.labels)
                .map(([key, value]) => (value ? `${key}=${value}` : key))
                .join(', ')}
        </Typography>
      )}
    </InfoCard>
  );
}
