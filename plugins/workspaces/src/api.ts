import { createApiRef } from '@backstage/core-plugin-api';
import type { WorkspacesApi } from '@oqullus/plugin-workspaces-common';

/**
 * The workspaces backend's REST API in the browser; both frontend systems
 * register a `WorkspacesClient` behind it.
 *
 * @public
 */
export const workspacesApiRef = createApiRef<WorkspacesApi>({
  id: 'plugin.workspaces.api',
});
