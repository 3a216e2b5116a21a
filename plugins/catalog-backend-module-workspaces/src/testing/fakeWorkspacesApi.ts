import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type {
  AccountResourceByKind,
  AccountResourceKind,
  Workspace,
  WorkspaceMember,
} from '@oqullus/plugin-workspaces-common';

/** What the fake REST API serves; tests change it between assertions. */
export type FakeWorkspacesData = {
  resources: { [K in AccountResourceKind]: AccountResourceByKind[K][] };
  /** Deleted ones are kept, as tombstones, and filtered like the real API does. */
  workspaces: Workspace[];
  members: Record<string, WorkspaceMember[]>;
};

/** Pages are small on purpose, so the provider has to follow cursors. */
const PAGE_SIZE = 2;

/**
 * The read endpoints of the workspaces backend under `/api/workspaces`, on
 * 127.0.0.1 and a free port, answering with fixed JSON.
 */
export class FakeWorkspacesApi {
  readonly authorizations: Array<string | undefined> = [];
  private server?: Server;

  constructor(public data: FakeWorkspacesData) {}

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      this.authorizations.push(req.headers.authorization);
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const body = this.answer(url);
      res.writeHead(body === undefined ? 404 : 200, {
        'content-type': 'application/json',
      });
      res.end(JSON.stringify(body ?? { error: { message: 'Not found' } }));
    });
    await new Promise<void>(resolve =>
      this.server!.listen(0, '127.0.0.1', resolve),
    );
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}/api/workspaces`;
  }

  async stop(): Promise<void> {
    await new Promise(resolve => this.server?.close(resolve));
  }

  private answer(url: URL): unknown {
    const parts = url.pathname.split('/').filter(Boolean).slice(2);
    if (parts[0] === 'account' && parts.length === 2) {
      const items = this.data.resources[parts[1] as AccountResourceKind];
      return items ? { items } : undefined;
    }
    if (parts[0] === 'workspaces' && parts.length === 1) {
      const live = this.data.workspaces.filter(w => w.status !== 'deleted');
      const start = Number(url.searchParams.get('cursor') ?? 0);
      const end = start + PAGE_SIZE;
      return {
        items: live.slice(start, end),
        ...(end < live.length ? { nextCursor: String(end) } : {}),
      };
    }
    if (parts[0] === 'workspaces' && parts[2] === 'members') {
      return { items: this.data.members[parts[1]] ?? [] };
    }
    return undefined;
  }
}
