import type { SignalApi } from '@backstage/plugin-signals-react';

/** The signal API's message type, without depending on @backstage/types. */
type JsonObject = Parameters<Parameters<SignalApi['subscribe']>[1]>[0];

/** A signal API whose signals a test sends by hand. */
export class FakeSignalApi implements SignalApi {
  private readonly listeners = new Map<string, Set<(message: any) => void>>();

  subscribe<TMessage extends JsonObject = JsonObject>(
    channel: string,
    onMessage: (message: TMessage) => void,
  ) {
    const listeners = this.listeners.get(channel) ?? new Set();
    listeners.add(onMessage);
    this.listeners.set(channel, listeners);
    return { unsubscribe: () => listeners.delete(onMessage) };
  }

  publish(channel: string, message: JsonObject) {
    // A new object each time, as a real delivery would be.
    this.listeners.get(channel)?.forEach(listener => listener({ ...message }));
  }

  subscriberCount(channel: string): number {
    return this.listeners.get(channel)?.size ?? 0;
  }
}
