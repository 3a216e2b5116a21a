import type { LoggerService } from '@backstage/backend-plugin-api';
import type { SignalsService } from '@backstage/plugin-signals-node';
import {
  workspaceSignalChannel,
  WORKSPACES_SIGNAL_CHANNEL,
  type WorkspaceEvent,
  type WorkspaceSignal,
  type WorkspacesChangedSignal,
} from '@oqullus/plugin-workspaces-common';
import type { WorkspaceReaders } from './WorkspaceReaders';

const changed: WorkspacesChangedSignal = { kind: 'changed' };

/**
 * Tells open pages that a workspace changed, after the change committed. A workspace's
 * own channel says which event and status, and goes only to its readers; the channel of
 * all workspaces goes to everybody signed in and says only that something changed.
 * Either way pages then read through the API, where permissions apply. The events API
 * is the source of truth; a lost signal only delays a page until it polls.
 */
export class EventBroadcaster {
  constructor(
    private readonly signals: SignalsService | undefined,
    private readonly logger: LoggerService,
    private readonly readers: WorkspaceReaders,
  ) {}

  async publish(events: WorkspaceEvent[]): Promise<void> {
    const signals = this.signals;
    if (!signals || events.length === 0) {
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
      await this.attempt(`the signal for event ${newest.id}`, async () => {
        await signals.publish({
          recipients: {
            type: 'user',
            entityRef: await this.readers.of(workspaceId),
          },
          channel: workspaceSignalChannel(workspaceId),
          message,
        });
      });
    }
    await this.attempt('the change signal of the workspace lists', () =>
      signals.publish({
        recipients: { type: 'broadcast' },
        channel: WORKSPACES_SIGNAL_CHANNEL,
        message: changed,
      }),
    );
  }

  private async attempt(what: string, publish: () => Promise<void>) {
    try {
      await publish();
    } catch (error) {
      this.logger.warn(
        `Could not publish ${what}; pages will see the change when they poll: ${error}`,
      );
    }
  }
}
