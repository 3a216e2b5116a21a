import type { ApprovalState, WorkspaceStatus } from '../lifecycle/statuses';
import type { JobSummary } from './job';

/**
 * Who asked for a workspace to be approved, and who decided. Times are ISO
 * 8601 strings, people are entity refs.
 *
 * @public
 */
export type WorkspaceApproval = {
  state: ApprovalState;
  requestedBy?: string;
  requestedAt?: string;
  decidedBy?: string;
  decidedAt?: string;
  comment?: string;
};

/**
 * The account resources a workspace is built from, each by name.
 *
 * @public
 */
export type WorkspaceProvisioning = {
  stackTemplate: string;
  cloudCredential: string;
  stateStorage: string;
  /** An existing network; null or absent means the template creates one. */
  network?: string | null;
};

/**
 * Where one application stack of a workspace stands.
 *
 * @public
 */
export type WorkspaceAppStatus = 'pending' | 'synced' | 'failed';

/**
 * One application stack of the workspace's template, as deployed there.
 *
 * @public
 */
export type WorkspaceApp = {
  name: string;
  title?: string;
  status: WorkspaceAppStatus;
  lastSyncedAt?: string;
};

/**
 * An isolated environment with its own infrastructure, apps and members.
 * This is the JSON wire format: times are ISO 8601 strings.
 *
 * @public
 */
export type Workspace = {
  /** A UUID assigned by the backend. */
  id: string;
  /** DNS-label-like id used to name cloud resources, such as `ws-k3v9x0q2mz`. */
  externalId: string;
  name: string;
  description?: string;
  /** Entity ref of the owning user or group. */
  owner: string;
  status: WorkspaceStatus;
  approval: WorkspaceApproval;
  provisioning: WorkspaceProvisioning;
  /** Values for the stack template's inputs. */
  parameters: Record<string, unknown>;
  /** Terraform outputs; sensitive ones are never stored, so never returned. */
  outputs: Record<string, unknown>;
  apps: WorkspaceApp[];
  activeJob?: JobSummary | null;
  /** Why the workspace is Failed, in words a person can act on. */
  failureReason?: string;
  /** Entity ref of the user who created the workspace. */
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  lastActivityAt: string;
};
