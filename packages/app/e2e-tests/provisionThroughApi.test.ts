import { expect, test } from '@playwright/test';
import { backendUrl, tokenFor } from './exampleUsers';

const api = `${backendUrl}/api/workspaces`;

test('a workspace created through the API of the running portal reaches Running with real terraform', async ({
  request,
}) => {
  const { token } = await tokenFor(request, 'olivia.owner');
  const headers = { Authorization: `Bearer ${token}` };

  const created = await request.post(`${api}/workspaces`, {
    headers,
    data: {
      name: 'Portal smoke test',
      owner: 'group:default/data-engineering',
      provisioning: {
        stackTemplate: 'lakehouse-local',
        cloudCredential: 'local-sandbox',
        stateStorage: 'builtin',
      },
      parameters: { region: 'eu-west-1' },
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { id, externalId } = await created.json();

  await expect
    .poll(
      async () => {
        const view = await (
          await request.get(`${api}/workspaces/${id}`, { headers })
        ).json();
        return view.activeJob ? 'busy' : view.status;
      },
      { timeout: 90_000, intervals: [500] },
    )
    .toBe('running');

  const view = await (
    await request.get(`${api}/workspaces/${id}`, { headers })
  ).json();
  expect(view.outputs.storage_bucket).toBe(`${externalId}-lake`);
  expect(view.outputs).not.toHaveProperty('catalog_password');
  const events = await (
    await request.get(`${api}/workspaces/${id}/events?limit=500`, { headers })
  ).json();
  expect(events.items.map((e: { type: string }) => e.type)).toContain(
    'terraform.change-summary',
  );
});
