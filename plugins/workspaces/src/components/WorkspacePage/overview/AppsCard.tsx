import { InfoCard } from '@backstage/core-components';
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@material-ui/core';
import type {
  WorkspaceApp,
  WorkspaceAppStatus,
} from '@oqullus/plugin-workspaces-common';
import { RelativeTime } from '../../shared';

const appStatusLabels: Record<WorkspaceAppStatus, string> = {
  pending: 'Pending',
  synced: 'Synced',
  failed: 'Failed',
};

/** The template's application stacks as deployed in this workspace. */
export function AppsCard(props: { apps: WorkspaceApp[] }) {
  return (
    <InfoCard variant="gridItem" title="Apps">
      {props.apps.length === 0 ? (
        <Typography variant="body2" color="textSecondary">
          The stack template has no apps.
        </Typography>
      ) : (
        <Table size="small" aria-label="Apps">
          <TableHead>
            <TableRow>
              <TableCell>App</TableCell>
              <TableCell>Status</TableCell>
              <TableCell>Last sync</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {props.apps.map(app => (
              <TableRow key={app.name}>
                <TableCell component="th" scope="row" role="rowheader">
                  {app.title ?? app.name}
                </TableCell>
                <TableCell>{appStatusLabels[app.status]}</TableCell>
                <TableCell>
                  {app.lastSyncedAt ? (
                    <RelativeTime iso={app.lastSyncedAt} />
                  ) : (
                    'Never'
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </InfoCard>
  );
}
