import { createServiceFactory } from '@backstage/backend-plugin-api';
import {
  notificationService,
  type NotificationSendOptions,
} from '@backstage/plugin-notifications-node';
import { signalsServiceRef } from '@backstage/plugin-signals-node';

/**
 * Signals and notifications leave the plugin for other plugins; the tests record what
 * was sent instead of running those plugins.
 */
export function createRecordingServices() {
  const signals: Array<{ channel: string; message: unknown }> = [];
  const notifications: NotificationSendOptions[] = [];
  return {
    signals,
    notifications,
    factories: [
      createServiceFactory({
        service: signalsServiceRef,
        deps: {},
        factory: () => ({
          async publish(signal: { channel: string; message: unknown }) {
            signals.push({ channel: signal.channel, message: signal.message });
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
