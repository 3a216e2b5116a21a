import { Typography } from '@material-ui/core';
import { Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import type { WorkspaceReference } from '@oqullus/plugin-workspaces-common';
import { workspaceRouteRef } from '../../routes';

/** The live workspaces built from a resource, each linked to its page. */
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
  return (
    <>
      <Typography variant="body2">
        {usedBy.length === 1 ? '1 workspace' : `${usedBy.length} workspaces`}
      </Typography>
      {usedBy.map(workspace => (
        <Typography variant="body2" key={workspace.id}>
          <Link to={workspaceLink({ id: workspace.id })}>{workspace.name}</Link>
        </Typography>
      ))}
    </>
  );
}
