import { Grid } from '@material-ui/core';
import type { WorkspaceWithAllowedOperations } from '@oqullus/plugin-workspaces-common';
import { AboutCard } from './AboutCard';
import { ApprovalCard } from './ApprovalCard';
import { AppsCard } from './AppsCard';
import { FailurePanel } from './FailurePanel';
import { KeptStatesPanel } from './KeptStatesPanel';
import { MembersCard } from './MembersCard';
import { ProvisioningCard } from './ProvisioningCard';
import { ResourcesCard } from './ResourcesCard';
import { StateLocksPanel } from './StateLocksPanel';
import { useProvisioningTitles } from './useProvisioningTitles';
import { ValuesCard } from './ValuesCard';

/** What the workspace is built from, what it produced, and who is involved. */
export function OverviewTab(props: {
  workspace: WorkspaceWithAllowedOperations;
  onChanged?: () => void;
}) {
  const { workspace, onChanged = () => {} } = props;
  const keptStates = workspace.keptStates ?? [];
  const titles = useProvisioningTitles(workspace.provisioning);
  const inputTitles = Object.fromEntries(
    Object.entries(titles.inputs?.properties ?? {}).map(([name, property]) => [
      name,
      property.title,
    ]),
  );
  return (
    <Grid container spacing={3} alignItems="stretch">
      {keptStates.length > 0 && (
        <Grid item xs={12}>
          <KeptStatesPanel
            workspaceId={workspace.id}
            keptStates={keptStates}
            onChanged={onChanged}
          />
        </Grid>
      )}
      <StateLocksPanel
        workspaceId={workspace.id}
        stateLocks={workspace.stateLocks ?? []}
        onChanged={onChanged}
      />
      {workspace.status === 'failed' && (
        <Grid item xs={12}>
          <FailurePanel
            workspaceId={workspace.id}
            failureReason={workspace.failureReason}
          />
        </Grid>
      )}
      <Grid item xs={12} md={6}>
        <ProvisioningCard
          provisioning={workspace.provisioning}
          titles={titles}
        />
      </Grid>
      <Grid item xs={12} md={6}>
        <AboutCard workspace={workspace} />
      </Grid>
      <Grid item xs={12} md={6}>
        <ValuesCard
          title="Template inputs"
          values={workspace.parameters}
          labels={inputTitles}
          emptyText="The template takes no inputs."
        />
      </Grid>
      <Grid item xs={12} md={6}>
        <ValuesCard
          title="Outputs"
          subheader="Sensitive outputs are never stored or shown."
          values={workspace.outputs}
          copyable
          emptyText="No outputs yet: they appear after provisioning."
        />
      </Grid>
      <ResourcesCard workspace={workspace} />
      <Grid item xs={12} md={6}>
        <AppsCard apps={workspace.apps} />
      </Grid>
      <Grid item xs={12} md={6}>
        <MembersCard workspaceId={workspace.id} />
      </Grid>
      <Grid item xs={12} md={6}>
        <ApprovalCard approval={workspace.approval} />
      </Grid>
    </Grid>
  );
}
