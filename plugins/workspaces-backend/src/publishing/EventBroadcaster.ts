import type { LoggerService } from '@backstage/backend-plugin-api';
import type { SignalsService } from '@backstage/plugin-signals-node';
import {
  workspaceSignalChannel,
  WORKSPACES_SIGNAL_CHANNEL,
  type WorkspaceEvent,
  type WorkspaceSignal,
} from '@oqullus/plugin-workspaces-common';

/**
 * Tells open pages that a workspace changed, after the change committed. A signal says
 * only which workspace and which event: pages then read the event through the API, so
 * permissions apply and nothing leaks through the broadcast. The events API is the
 * source of truth; a lost signal only delays a page until it polls.
 */
export class EventBroadcaster {
  constructor(
    private readonly signals: SignalsService | undefined,
    private readonly logger: LoggerService,
  ) {}

  async publish(events: WorkspaceEvent[]): Promise<void> {
    if (!this.signals || events.length === 0) {
      return;
    }
    // One signal per workspace per commit: the newest event id is enough to read on.
    const newestByWorkspace = new Map<string, WorkspaceEvent>();
    const statusByWorkspace = new Map<string, WorkspaceSignal['status']>();
    for (const event of events) {
      newestByWorkspace.set(event.workspaceId, event);
      if (event.type === 'status.changed') {
        statusByWorkspace.set(event.workspaceId, event.data.to);
      }
    }
    for (const [workspaceId, newest] of newestByWorkspace) {
      const status = statusByWorkspace.get(workspaceId);
      const message: WorkspaceSignal = {
        workspaceId,
        kind: status ? 'status' : 'event',
        eventId: newest.id,
        status,
      };
      try {
        for (const channel of [
          workspaceSignalChannel(workspaceId),
          WORKSPACES_SIGNAL_CHANNEL,
        ]) {
          await this.signals.publish({
            recipients: { type: 'broadcast' },
            channel,
            message,
          });
        }
      } catch (error) {
        this.logger.warn(
          `Could not publish the signal for event ${newest.id} of workspace ${workspaceId}; pages will see it when they poll: ${error}`,
        );
      }
    }
  }
}
