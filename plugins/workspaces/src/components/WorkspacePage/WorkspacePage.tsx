import type { ReactNode } from 'react';
import { useParams } from 'react-router-dom';
import { Box } from '@material-ui/core';
import {
  Content,
  Header,
  Page,
  TabbedLayout,
} from '@backstage/core-components';
import type { WorkspaceWithAllowedOperations } from '@oqullus/plugin-workspaces-common';
import { EventsTab } from '../EventsTab';
import { ApprovalBanner } from './banner/ApprovalBanner';
import { WorkspaceHeaderCard } from './header/WorkspaceHeaderCard';
import { OverviewTab } from './overview/OverviewTab';
import { SettingsTab } from './settings/SettingsTab';
import { useHeadingFocusOnArrival } from './headingFocusOnArrival';
import { WorkspaceDetails } from './WorkspaceDetails';

function WorkspaceTabs(props: {
  workspace: WorkspaceWithAllowedOperations;
  refresh: () => void;
}) {
  const { workspace, refresh } = props;
  // The operations sit above every tab: a job can be cancelled while its log is read.
  const withOperations = (tab: ReactNode) => (
    <>
      <ApprovalBanner workspace={workspace} />
      <Box mb={3}>
        <WorkspaceHeaderCard workspace={workspace} onChanged={refresh} />
      </Box>
      {tab}
    </>
  );
  return (
    <TabbedLayout>
      <TabbedLayout.Route path="overview" title="Overview">
        {withOperations(
          <OverviewTab workspace={workspace} onChanged={refresh} />,
        )}
      </TabbedLayout.Route>
      <TabbedLayout.Route path="events" title="Events">
        {withOperations(<EventsTab workspaceId={workspace.id} />)}
      </TabbedLayout.Route>
      <TabbedLayout.Route path="settings" title="Settings">
        {withOperations(
          <SettingsTab workspace={workspace} onChanged={refresh} />,
        )}
      </TabbedLayout.Route>
    </TabbedLayout>
  );
}

/** The page header with the workspace's name, focused on arrival from Create. */
function WorkspaceHeader(props: { workspace: WorkspaceWithAllowedOperations }) {
  const { workspace } = props;
  // Mounted only once the workspace is loaded, so the heading is there to focus.
  const headerRef = useHeadingFocusOnArrival<HTMLDivElement>();
  return (
    <div ref={headerRef} style={{ display: 'contents' }}>
      <Header
        title={workspace.name}
        subtitle={workspace.externalId}
        type="Workspace"
      />
    </div>
  );
}

/**
 * `/workspaces/:id`: the workspace with its operations, and the tabs
 * Overview, Events (`/events`, where the Create form lands) and Settings.
 */
export function WorkspacePage() {
  const { id = '' } = useParams();
  return (
    <Page themeId="tool">
      <WorkspaceDetails
        workspaceId={id}
        frame={state => (
          <>
            <Header title="Workspace" />
            <Content>{state}</Content>
          </>
        )}
      >
        {(workspace, refresh) => (
          <>
            <WorkspaceHeader workspace={workspace} />
            <WorkspaceTabs workspace={workspace} refresh={refresh} />
          </>
        )}
      </WorkspaceDetails>
    </Page>
  );
}
