import { connect } from 'node:net';

/**
 * Opens a TCP connection and closes it at once. Resolves undefined when the
 * server accepted, else why not (an error code such as ECONNREFUSED, or
 * 'no answer within N s').
 */
export function probeTcp(
  host: string,
  port: number,
  timeoutMs: number,
): Promise<string | undefined> {
  return new Promise(resolve => {
    const socket = connect({ host, port });
    const finish = (reason: string | undefined) => {
      socket.destroy();
      resolve(reason);
    };
    socket.setTimeout(timeoutMs, () =>
      finish(`no answer within ${timeoutMs / 1000} s`),
    );
    socket.once('connect', () => finish(undefined));
    socket.once('error', (error: NodeJS.ErrnoException) =>
      finish(error.code ?? 'connection failed'),
    );
  });
}
