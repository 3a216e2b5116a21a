import {
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Paper,
  Typography,
} from '@material-ui/core';
import { Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import type { Workspace } from '@oqullus/plugin-workspaces-common';
import { workspaceRouteRef } from '../../routes';
import { RelativeTime } from '../shared';
import { WorkspaceStatusCell } from './WorkspaceStatusCell';

/**
 * One page of workspaces as a plain table: with 20 rows a page it needs no
 * virtualisation, and it skips material-table's per-row overhead.
 */
export function WorkspacesTable(props: {
  workspaces: Workspace[];
  /** What an empty page says: that nothing matches, or that nothing is there. */
  emptyMessage: string;
}) {
  const workspaceLink = useRouteRef(workspaceRouteRef);
  return (
    <TableContainer component={Paper}>
      <Table size="small" aria-label="Workspaces">
        <TableHead>
          <TableRow>
            <TableCell>Name</TableCell>
            <TableCell>Status</TableCell>
            <TableCell>Stack template</TableCell>
            <TableCell>Owner</TableCell>
            <TableCell>Last activity</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {props.workspaces.length === 0 && (
            <TableRow>
              <TableCell colSpan={5}>
                <Typography variant="body2">{props.emptyMessage}</Typography>
              </TableCell>
            </TableRow>
          )}
          {props.workspaces.map(workspace => (
            <TableRow key={workspace.id} data-testid="workspace-row">
              <TableCell>
                <Link to={workspaceLink({ id: workspace.id })}>
                  {workspace.name}
                </Link>
                <Typography
                  variant="caption"
                  component="div"
                  color="textSecondary"
                >
                  {workspace.externalId}
                </Typography>
              </TableCell>
              <TableCell>
                <WorkspaceStatusCell workspace={workspace} />
              </TableCell>
              <TableCell>{workspace.provisioning.stackTemplate}</TableCell>
              <TableCell>
                <EntityRefLink entityRef={workspace.owner} />
              </TableCell>
              <TableCell>
                <RelativeTime iso={workspace.lastActivityAt} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
