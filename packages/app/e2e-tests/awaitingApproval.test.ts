import { expect, test } from '@playwright/test';
import { backendUrl, exampleUsers, signInAs, tokenFor } from './exampleUsers';

const api = `${backendUrl}/api/workspaces`;
const screenshots =
  process.env.OQ_SCREENSHOTS ?? 'e2e-screenshots/awaiting-approval';
const [, adrian, , dana] = exampleUsers;

test("an Admin finds a developer's request under Awaiting my approval, and the developer has no such view", async ({
  browser,
  request,
}) => {
  const { token } = await tokenFor(request, dana.name);
  const name = `Dana lake ${Date.now()}`;
  const created = await request.post(`${api}/workspaces`, {
    headers: { Authorization: `Bearer ${token}` },
    data: {
      name,
      owner: 'user:default/dana.dev',
      provisioning: {
        stackTemplate: 'lakehouse-local',
        cloudCredential: 'local-sandbox',
        stateStorage: 'builtin',
      },
      parameters: { region: 'eu-west-1' },
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  // A developer's request waits for an Account Owner or Admin.
  expect((await created.json()).approval.state).toBe('pending');

  const admin = await (await browser.newContext()).newPage();
  await signInAs(admin, request, adrian);
  await admin.goto('/workspaces');
  const view = admin.getByRole('button', {
    name: /^Awaiting my approval \(\d+\)$/,
  });
  await expect(view).toBeVisible();
  // Adrian is not involved in Dana's workspace: My workspaces leaves it out.
  await expect(admin.getByRole('link', { name })).toHaveCount(0);
  await view.click();
  await expect(
    admin.getByRole('heading', { name: 'Awaiting my approval' }),
  ).toBeVisible();
  const row = admin.getByTestId('workspace-row').filter({ hasText: name });
  await expect(row).toBeVisible();
  await expect(row.getByTestId('status-awaiting-approval')).toBeVisible();
  // Rows name what the workspace is built from by title, as the Overview does.
  await expect(row.getByText('Lakehouse (runs offline)')).toBeVisible();
  await admin.screenshot({
    path: `${screenshots}/admin-awaiting-approval.png`,
    fullPage: true,
  });

  const developer = await (await browser.newContext()).newPage();
  await signInAs(developer, request, dana);
  await developer.goto('/workspaces');
  const ownRow = developer
    .getByTestId('workspace-row')
    .filter({ hasText: name });
  await expect(ownRow.getByRole('link', { name })).toBeVisible();
  await expect(ownRow.getByText('Lakehouse (runs offline)')).toBeVisible();
  await expect(
    developer.getByRole('button', { name: /Awaiting my approval/ }),
  ).toHaveCount(0);
  await developer.screenshot({
    path: `${screenshots}/developer-list.png`,
    fullPage: true,
  });
});
