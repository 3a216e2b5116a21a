import { createServiceFactory } from '@backstage/backend-plugin-api';
import {
  notificationService,
  type NotificationSendOptions,
} from '@backstage/plugin-notifications-node';
import {
  signalsServiceRef,
  type SignalPayload,
} from '@backstage/plugin-signals-node';

/** A signal as published: who it is for, on which channel, with what. */
export type RecordedSignal = Pick<
  SignalPayload,
  'recipients' | 'channel' | 'message'
>;

/**
 * The recorded signals a signed-in person's browser receives, by their ownership refs
 * (the user and their groups), as the signals backend delivers them: broadcasts to
 * all, the others when one of the recipient refs is theirs.
 */
export function signalsDeliveredTo(
  signals: RecordedSignal[],
  ownershipRefs: readonly string[],
): RecordedSignal[] {
  return signals.filter(
    ({ recipients }) =>
      recipients.type === 'broadcast' ||
      [recipients.entityRef].flat().some(ref => ownershipRefs.includes(ref)),
  );
}

/**
 * Signals and notifications leave the plugin for other plugins; the tests record what
 * was sent instead of running those plugins.
 */
export function createRecordingServices() {
  const signals: RecordedSignal[] = [];
  const notifications: NotificationSendOptions[] = [];
  return {
    signals,
    notifications,
    factories: [
      createServiceFactory({
        service: signalsServiceRef,
        deps: {},
        factory: () => ({
          async publish({ recipients, channel, message }: SignalPayload) {
            signals.push({ recipients, channel, message });
          },
        }),
      }),
      createServiceFactory({
        service: notificationService,
        deps: {},
        factory: () => ({
          async send(options: NotificationSendOptions) {
            notifications.push(options);
          },
        }),
      }),
    ],
  };
}
