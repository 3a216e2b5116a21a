import type { EventStore } from '../database/EventStore';
import type { ForcedUnlock } from '../state/forceUnlockState';
import type { EventBroadcaster } from '../publishing/EventBroadcaster';
import { workspaceEvent } from '../database/workspaceEvents';

/** Writes a force-unlock into the workspace's timeline, from the portal or Terraform. */
export function recordForcedUnlock(
  events: EventStore,
  broadcaster: EventBroadcaster,
) {
  return async (unlocked: ForcedUnlock): Promise<void> => {
    const { released } = unlocked;
    const heldBy = released.jobId
      ? `job ${released.jobId} (${released.holder})`
      : released.holder;
    const event = await events.append(
      workspaceEvent('state.unlocked', {
        workspaceId: unlocked.workspaceId,
        actor: unlocked.actor,
        at: unlocked.at,
        level: 'warning',
        message: `${unlocked.actor} force-unlocked the state of ${unlocked.component}, locked by ${heldBy} since ${released.lockedAt}`,
        data: {
          component: unlocked.component,
          previousHolder: released.holder,
          ...(released.jobId && { previousJobId: released.jobId }),
        },
      }),
    );
    await broadcaster.publish([event]);
  };
}
