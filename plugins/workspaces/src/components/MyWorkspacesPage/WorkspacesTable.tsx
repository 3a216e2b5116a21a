import {
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TableSortLabel,
  Paper,
  Typography,
} from '@material-ui/core';
import { Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import type {
  SortOrder,
  Workspace,
  WorkspaceListSort,
} from '@oqullus/plugin-workspaces-common';
import { workspaceRouteRef } from '../../routes';
import { RelativeTime } from '../shared';
import { WorkspaceProvisioningCell } from './WorkspaceProvisioningCell';
import { WorkspaceStatusCell } from './WorkspaceStatusCell';

// A newly chosen column starts where people look first: A to Z, the latest activity.
const firstOrder: Record<WorkspaceListSort, SortOrder> = {
  name: 'asc',
  status: 'asc',
  lastActivity: 'desc',
  created: 'desc',
};

/** A column header that sorts the list on the server when clicked. */
function SortableHeader(props: {
  column: WorkspaceListSort;
  label: string;
  sort: WorkspaceListSort;
  order: SortOrder;
  onSort: (sort: WorkspaceListSort, order: SortOrder) => void;
}) {
  const { column, label, sort, order, onSort } = props;
  const active = column === sort;
  const flipped = order === 'asc' ? 'desc' : 'asc';
  return (
    // sortDirection sets aria-sort on the active column.
    <TableCell sortDirection={active ? order : false}>
      <TableSortLabel
        active={active}
        direction={active ? order : firstOrder[column]}
        // Says what the click does; the visible label stays in the name.
        aria-label={`Sort by ${label}`}
        onClick={() => onSort(column, active ? flipped : firstOrder[column])}
      >
        {label}
      </TableSortLabel>
    </TableCell>
  );
}

/**
 * One page of workspaces as a plain table: with 20 rows a page it needs no
 * virtualisation, and it skips material-table's per-row overhead.
 */
export function WorkspacesTable(props: {
  workspaces: Workspace[];
  /** What an empty page says: that nothing matches, or that nothing is there. */
  emptyMessage: string;
  sort: WorkspaceListSort;
  order: SortOrder;
  onSort: (sort: WorkspaceListSort, order: SortOrder) => void;
}) {
  const sorting = {
    sort: props.sort,
    order: props.order,
    onSort: props.onSort,
  };
  const workspaceLink = useRouteRef(workspaceRouteRef);
  return (
    <TableContainer component={Paper}>
      <Table size="small" aria-label="Workspaces">
        <TableHead>
          <TableRow>
            <SortableHeader column="name" label="Name" {...sorting} />
            <SortableHeader column="status" label="Status" {...sorting} />
            <TableCell>Stack template</TableCell>
            <TableCell>Owner</TableCell>
            <SortableHeader
              column="lastActivity"
              label="Last activity"
              {...sorting}
            />
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
              <TableCell>
                <WorkspaceProvisioningCell
                  provisioning={workspace.provisioning}
                />
              </TableCell>
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
