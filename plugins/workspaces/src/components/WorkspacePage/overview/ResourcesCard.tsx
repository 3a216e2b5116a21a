import useAsync from 'react-use/esm/useAsync';
import { InfoCard, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import {
  Grid,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@material-ui/core';
import type { WorkspaceWithAllowedOperations } from '@oqullus/plugin-workspaces-common';
import { workspacesApiRef } from '../../../api';
import { errorMessage } from '../../shared';
import { ActionError } from '../header/ActionError';

const LAST_APPLY_NOTE =
  'This state storage cannot be read from the portal: the list shows what the last applies reported.';

/**
 * What the workspace's Terraform states hold, by component: addresses and types
 * only, since attribute values can hold secrets.
 */
export function ResourcesCard(props: {
  workspace: WorkspaceWithAllowedOperations;
}) {
  const { id, status, activeJob } = props.workspace;
  const api = useApi(workspacesApiRef);
  // Read again whenever a job starts or ends: that is when the states change.
  const { value, loading, error } = useAsync(
    () => api.listResources(id),
    [api, id, status, activeJob?.id ?? null],
  );
  let content;
  if (loading && !value) {
    content = <Progress />;
  } else if (error) {
    content = (
      <ActionError
        title="Resources could not be loaded"
        message={errorMessage(error)}
      />
    );
  } else if (!value?.items.length) {
    content = (
      <Typography variant="body2" color="textSecondary">
        No resources yet: they appear after provisioning.
      </Typography>
    );
  } else {
    content = (
      <Table size="small" aria-label="Resources">
        <TableHead>
          <TableRow>
            <TableCell>Component</TableCell>
            <TableCell>Address</TableCell>
            <TableCell>Type</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {value.items.map(resource => (
            <TableRow key={`${resource.component} ${resource.address}`}>
              <TableCell>{resource.component}</TableCell>
              <TableCell component="th" scope="row" role="rowheader">
                <code>{resource.address}</code>
              </TableCell>
              <TableCell>
                {resource.type}
                {resource.mode === 'data' && ' (data source)'}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    );
  }
  return (
    <Grid item xs={12}>
      <InfoCard
        variant="gridItem"
        title="Resources"
        subheader={
          value?.source === 'last-apply'
            ? LAST_APPLY_NOTE
            : 'What the Terraform states hold; values are never shown.'
        }
      >
        {content}
      </InfoCard>
    </Grid>
  );
}
