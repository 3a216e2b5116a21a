import { Typography } from '@material-ui/core';
import type { WorkspaceProvisioning } from '@oqullus/plugin-workspaces-common';
import { useProvisioningTitles } from '../WorkspacePage/overview/useProvisioningTitles';

/**
 * What a row's workspace is built from, by title as the Overview names it
 * ("Lakehouse (runs offline)"), with the credential and state storage below.
 * Until the titles arrive, or when a resource cannot be read, the names show.
 */
export function WorkspaceProvisioningCell(props: {
  provisioning: WorkspaceProvisioning;
}) {
  const { provisioning } = props;
  const titles = useProvisioningTitles(provisioning);
  return (
    <>
      {titles.stackTemplate ?? provisioning.stackTemplate}
      <Typography variant="caption" component="div" color="textSecondary">
        {titles.cloudCredential ?? provisioning.cloudCredential}
        {' · '}
        {titles.stateStorage ?? provisioning.stateStorage}
      </Typography>
    </>
  );
}
