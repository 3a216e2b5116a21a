import { createExtensionPoint } from '@backstage/backend-plugin-api';
import type { WorkspaceStepExecutor } from './WorkspaceStepExecutor';

/**
 * Lets a backend module replace how the workspaces backend runs job steps.
 *
 * @public
 */
export interface WorkspacesExecutorExtensionPoint {
  /** Runs every job step with this executor instead of the built-in Terraform one. */
  setExecutor(executor: WorkspaceStepExecutor): void;
}

/**
 * The extension point through which a backend module installs its own
 * {@link WorkspaceStepExecutor}.
 *
 * @public
 */
export const workspacesExecutorExtensionPoint =
  createExtensionPoint<WorkspacesExecutorExtensionPoint>({
    id: 'workspaces.executor',
  });
