import { EmptyState, LinkButton } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { rootRouteRef } from '../../routes';

/** A 404 that says what happened and leads back to the list. */
export function WorkspaceNotFound() {
  const myWorkspaces = useRouteRef(rootRouteRef);
  return (
    <EmptyState
      missing="data"
      title="Workspace not found"
      description="There is no workspace with this ID, or you may not see it. It may have been removed; check the link or find it in My Workspaces."
      action={
        <LinkButton to={myWorkspaces()} variant="contained" color="primary">
          Back to My Workspaces
        </LinkButton>
      }
    />
  );
}
