import { Typography } from '@material-ui/core';
import { Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import type { WorkspaceReference } from '@oqullus/plugin-workspaces-common';
import { workspaceRouteRef } from '../../routes';

// A shared resource can back hundreds of workspaces; the row stays readable.
const SHOWN = 5;

/** The live workspaces built from a resource, the first few linked to their pages. */
export function UsedByList(props: { usedBy?: WorkspaceReference[] }) {
  const workspaceLink = useRouteRef(workspaceRouteRef);
  const usedBy = props.usedBy ?? [];
  if (usedBy.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        No workspaces
      </Typography>
    );
  }
  const hidden = usedBy.length - SHOWN;
  return (
    <div style={{ minWidth: 140 }}>
      <Typography variant="body2">
        {usedBy.length === 1 ? '1 workspace' : `${usedBy.length} workspaces`}
      </Typography>
      {usedBy.slice(0, SHOWN).map(workspace => (
        <Typography variant="body2" key={workspace.id} noWrap>
          <Link to={workspaceLink({ id: workspace.id })}>{workspace.name}</Link>
        </Typography>
      ))}
      {hidden > 0 && (
        <Typography variant="caption" color="textSecondary">
          and {hidden} more
        </Typography>
      )}
    </div>
  );
}
