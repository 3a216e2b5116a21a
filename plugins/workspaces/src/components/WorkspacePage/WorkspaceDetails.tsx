import type { ReactNode } from 'react';
import { ResponseError } from '@backstage/errors';
import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import type { WorkspaceWithAllowedOperations } from '@oqullus/plugin-workspaces-common';
import { useWorkspace } from './useWorkspace';
import { WorkspaceNotFound } from './WorkspaceNotFound';

function isNotFound(error: Error): boolean {
  return error instanceof ResponseError && error.statusCode === 404;
}

/**
 * Loads a workspace and hands it, kept live, to its children; shows loading,
 * not found and errors the same way wherever a workspace is displayed.
 */
export function WorkspaceDetails(props: {
  workspaceId: string;
  children: (
    workspace: WorkspaceWithAllowedOperations,
    refresh: () => void,
  ) => ReactNode;
  /** Wraps the loading, not-found and error states, e.g. in a page header. */
  frame?: (state: ReactNode) => ReactNode;
}) {
  const frame = props.frame ?? ((state: ReactNode) => state);
  const { workspace, loading, error, refresh } = useWorkspace(
    props.workspaceId,
  );
  if (error) {
    return (
      <>
        {frame(
          isNotFound(error) ? (
            <WorkspaceNotFound />
          ) : (
            <ResponseErrorPanel error={error} />
          ),
        )}
      </>
    );
  }
  if (loading || !workspace) {
    return <>{frame(<Progress />)}</>;
  }
  return <>{props.children(workspace, refresh)}</>;
}
