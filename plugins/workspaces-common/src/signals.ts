import type { WorkspaceStatus } from './lifecycle/statuses';

/**
 * The signal channel for changes to any workspace, for lists that refresh
 * live. It goes to everybody signed in, so it carries only a
 * {@link WorkspacesChangedSignal}.
 *
 * @public
 */
export const WORKSPACES_SIGNAL_CHANNEL = 'workspaces';

/**
 * The signal channel for one workspace, which its page subscribes to. Its
 * {@link WorkspaceSignal}s go only to the workspace's owner, its members and
 * the Account Owners and Admins.
 *
 * @public
 */
export function workspaceSignalChannel(workspaceId: string): string {
  return `${WORKSPACES_SIGNAL_CHANNEL}:workspace:${workspaceId}`;
}

/**
 * What a workspace signal announces: a new event, a new status, or that the
 * workspace is gone.
 *
 * @public
 */
export type WorkspaceSignalKind = 'event' | 'status' | 'deleted';

/**
 * A nudge that something changed. Signals carry ids only: receivers fetch
 * the details through the API, where permissions apply.
 *
 * @public
 */
export type WorkspaceSignal = {
  workspaceId: string;
  kind: WorkspaceSignalKind;
  /** For 'event': the newest event id, to read on from the last cursor. */
  eventId?: string;
  /** For 'status': the status the workspace moved to. */
  status?: WorkspaceStatus;
};

/**
 * What the channel of all workspaces carries: only that some workspace
 * changed, naming none, so a list refetches through the API, where
 * permissions apply.
 *
 * @public
 */
export type WorkspacesChangedSignal = { kind: 'changed' };
