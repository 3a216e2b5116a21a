/* eslint-disable jest/no-export -- a helper for test files, not a test file itself */
import type { Knex } from 'knex';
import type { WorkspacesTestBackend } from '../../__testUtils__/startWorkspacesTestBackend';

type TestEvent = {
  type: string;
  message: string;
  data: any;
  jobId?: string;
};

/** Waits until the workspace has one of the statuses and no active job. */
export async function waitForStatus(
  as: WorkspacesTestBackend['as'],
  id: string,
  wanted: string[],
  timeoutMs = 120_000,
): Promise<any> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const view = (await as('accountOwner').get(`/workspaces/${id}`)).body;
    if (wanted.includes(view.status) && !view.activeJob) return view;
    if (Date.now() > deadline) {
      throw new Error(
        `workspace ${id} is ${view.status} with ${JSON.stringify(
          view.activeJob,
        )}, not ${wanted.join(' or ')}`,
      );
    }
    await new Promise(resolve => setTimeout(resolve, 200));
  }
}

/** Every event of the workspace, oldest first, read page by page. */
export async function eventsOf(
  as: WorkspacesTestBackend['as'],
  id: string,
): Promise<TestEvent[]> {
  const items: TestEvent[] = [];
  let after: string | undefined;
  for (;;) {
    const page = (
      await as('accountOwner').get(
        `/workspaces/${id}/events?limit=500${after ? `&after=${after}` : ''}`,
      )
    ).body;
    items.push(...page.items);
    // A short page is the end for now; nextCursor is there on every page.
    if (page.items.length < 500) return items;
    after = page.nextCursor;
  }
}

/** Waits until Terraform reported that it started changing the resource. */
export async function waitForResourceStarted(
  as: WorkspacesTestBackend['as'],
  id: string,
  address: string,
  timeoutMs = 60_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const started = (await eventsOf(as, id)).some(
      e =>
        e.type === 'terraform.resource' &&
        e.data.address === address &&
        e.data.phase === 'started',
    );
    if (started) return;
    if (Date.now() > deadline) {
      throw new Error(`Terraform never started on ${address} in ${id}`);
    }
    await new Promise(resolve => setTimeout(resolve, 100));
  }
}

/**
 * The resource addresses of the newest version of each of the workspace's states in
 * the built-in storage, by component: `{}` for a workspace that never wrote one.
 */
export async function storedResources(
  knex: Knex,
  workspaceId: string,
): Promise<Record<string, string[]>> {
  const rows: Array<{ component: string; state: string; id: string }> =
    await knex('state_versions')
      .where({ workspace_id: workspaceId })
      .orderBy('id', 'asc')
      .select('component', 'state', 'id');
  const newest = new Map<string, string>();
  for (const row of rows) newest.set(row.component, row.state);
  return Object.fromEntries(
    [...newest].map(([component, state]) => [
      component,
      (JSON.parse(state).resources ?? []).flatMap((r: any) =>
        (r.instances ?? []).map((instance: any) =>
          instance.index_key === undefined
            ? `${r.type}.${r.name}`
            : `${r.type}.${r.name}[${JSON.stringify(instance.index_key)}]`,
        ),
      ),
    ]),
  );
}
