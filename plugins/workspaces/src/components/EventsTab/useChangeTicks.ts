import { useEffect, useState } from 'react';
import { useSignal } from '@backstage/plugin-signals-react';
import { workspaceSignalChannel } from '@oqullus/plugin-workspaces-common';

/**
 * A number that goes up whenever the workspace may have changed: on each
 * signal of its channel and every `intervalMs` as well, because signals are
 * optional in an app and may be dropped on a reconnect.
 */
export function useChangeTicks(
  workspaceId: string,
  intervalMs: number,
  enabled: boolean = true,
): number {
  const { lastSignal } = useSignal(workspaceSignalChannel(workspaceId));
  const [ticks, setTicks] = useState(0);

  useEffect(() => {
    if (lastSignal && enabled) {
      setTicks(count => count + 1);
    }
  }, [lastSignal, enabled]);

  useEffect(() => {
    if (!enabled) {
      return undefined;
    }
    const timer = setInterval(() => setTicks(count => count + 1), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs, enabled]);

  return ticks;
}
