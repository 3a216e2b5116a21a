import { Grid } from '@material-ui/core';
import { MissingAnnotationEmptyState } from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import { EventsTab } from '../EventsTab';
import { ReadableErrorColour } from '../shared';
import {
  ApprovalBanner,
  OverviewTab,
  WorkspaceDetails,
  WorkspaceHeaderCard,
} from '../WorkspacePage';

/** Written by the catalog module on every workspace entity. */
export const WORKSPACE_ID_ANNOTATION = 'oqullus.io/workspace-id';

/**
 * The Workspace tab of a workspace's catalog entity: the same operations,
 * Overview and Events as the workspace page, read live from the API.
 */
export function EntityWorkspaceContent() {
  const { entity } = useEntity();
  const workspaceId = entity.metadata.annotations?.[WORKSPACE_ID_ANNOTATION];
  if (!workspaceId) {
    return <MissingAnnotationEmptyState annotation={WORKSPACE_ID_ANNOTATION} />;
  }
  return (
    <ReadableErrorColour>
      <WorkspaceDetails workspaceId={workspaceId}>
        {(workspace, refresh) => (
          <Grid container spacing={3}>
            <Grid item xs={12}>
              <ApprovalBanner workspace={workspace} />
              <WorkspaceHeaderCard workspace={workspace} onChanged={refresh} />
            </Grid>
            <Grid item xs={12}>
              <OverviewTab workspace={workspace} />
            </Grid>
            <Grid item xs={12}>
              {/* The Events tab brings its own Jobs and Events headings. */}
              <EventsTab workspaceId={workspace.id} />
            </Grid>
          </Grid>
        )}
      </WorkspaceDetails>
    </ReadableErrorColour>
  );
}
