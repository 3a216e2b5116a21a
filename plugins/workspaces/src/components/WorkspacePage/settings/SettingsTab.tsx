import { Box, Grid } from '@material-ui/core';
import { Progress } from '@backstage/core-components';
import type { WorkspaceWithAllowedOperations } from '@oqullus/plugin-workspaces-common';
import { DangerZone } from './DangerZone';
import { MembersEditor } from './MembersEditor';
import { TemplateInputsForm } from './TemplateInputsForm';
import { useUpdatePermission } from './useUpdatePermission';
import { WorkspaceDetailsForm } from './WorkspaceDetailsForm';
import { WorkspaceLabelsForm } from './WorkspaceLabelsForm';

/** Name, description, template inputs, members and deletion of one workspace. */
export function SettingsTab(props: {
  workspace: WorkspaceWithAllowedOperations;
  onChanged: () => void;
}) {
  const { workspace, onChanged } = props;
  const permission = useUpdatePermission(workspace.id);
  if (permission.loading) {
    return <Progress />;
  }
  return (
    <Grid container spacing={3}>
      <Grid item xs={12} md={6}>
        {/* Labels sit under the name: the members card beside them is the taller one. */}
        <WorkspaceDetailsForm
          workspace={workspace}
          canUpdate={permission.allowed}
          onChanged={onChanged}
        />
        <Box mt={3}>
          <WorkspaceLabelsForm
            workspace={workspace}
            canUpdate={permission.allowed}
            onChanged={onChanged}
          />
        </Box>
      </Grid>
      <Grid item xs={12} md={6}>
        <MembersEditor
          workspaceId={workspace.id}
          canUpdate={permission.allowed && workspace.status !== 'deleted'}
        />
      </Grid>
      <Grid item xs={12}>
        <TemplateInputsForm
          workspace={workspace}
          canUpdate={permission.allowed}
          onChanged={onChanged}
        />
      </Grid>
      <Grid item xs={12}>
        <DangerZone workspace={workspace} onChanged={onChanged} />
      </Grid>
    </Grid>
  );
}
