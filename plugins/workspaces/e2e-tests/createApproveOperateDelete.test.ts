/* eslint-disable @backstage/no-relative-monorepo-imports -- the browser tests drive the example portal and sign in with its helpers */
import { expect, test, type Browser } from '@playwright/test';
import {
  exampleUsers,
  signInAs,
} from '../../../packages/app/e2e-tests/exampleUsers';
import { expectNoSeriousA11yViolations } from './accessibility';
import {
  expectStatus,
  readThroughApi,
  screenshots,
  uniqueName,
  waitUntilInCatalog,
} from './workspacesPages';

const [, adrian, , dana] = exampleUsers;

async function signedInPage(
  browser: Browser,
  request: Parameters<typeof signInAs>[1],
  user: (typeof exampleUsers)[number],
) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, request, user);
  return page;
}

/**
 * The life of one workspace as people see it: a developer requests it with
 * the form and keeps its Events tab open; an admin approves it from its
 * catalog entity page; the developer watches it reach Running live, syncs
 * its apps and finds Delete refused with the reason in Settings; the admin deletes it
 * by typing its name.
 */
test('a workspace from the form to Deleted, through approval, in the browser', async ({
  browser,
  request,
}) => {
  test.setTimeout(600_000);
  const name = uniqueName('Form lake');
  const developer = await signedInPage(browser, request, dana);

  // My Workspaces, from the sidebar.
  await developer
    .getByRole('navigation', { name: 'sidebar nav' })
    .getByRole('link', { name: 'My Workspaces' })
    .click();
  await expect(
    developer.getByRole('heading', { name: 'My workspaces' }),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(developer, 'My Workspaces');

  // The Create form, with the chosen template's own inputs.
  // On an empty list the empty state offers Create too; both open the form.
  await developer
    .getByRole('button', { name: 'Create workspace' })
    .first()
    .click();
  await expect(developer).toHaveURL(/\/workspaces\/create$/);
  await developer.getByLabel('Workspace name').fill(name);
  await developer.getByLabel('Description').fill('Made in the browser test');
  await developer.getByRole('button', { name: /^Stack template/ }).click();
  await developer
    .getByRole('option', { name: /^Lakehouse \(runs offline\)/ })
    .click();
  await developer.getByRole('button', { name: /^Cloud credential/ }).click();
  await developer.getByRole('option', { name: /^Local sandbox/ }).click();
  await developer.getByRole('button', { name: /^State storage/ }).click();
  await developer
    .getByRole('option', { name: /^Built-in state storage/ })
    .click();
  const delay = developer.getByLabel(/Storage start-up delay/);
  await expect(delay).toBeVisible();
  await delay.fill('2');
  await expectNoSeriousA11yViolations(developer, 'Create workspace');
  await developer.screenshot({
    path: `${screenshots}/create-workspace.png`,
    fullPage: true,
  });
  await developer.getByRole('button', { name: 'Create workspace' }).click();

  // The form opens the Events tab; a developer's request waits for approval.
  await expect(developer).toHaveURL(/\/workspaces\/[0-9a-f-]{36}\/events$/);
  const workspaceUrl = developer.url().replace(/\/events$/, '');
  await expect(developer.getByRole('heading', { name })).toBeVisible();
  await expectStatus(developer, 'Awaiting approval');
  await expect(
    developer.getByRole('list', { name: 'Workspace events' }),
  ).toContainText(/approv/i);
  await expectNoSeriousA11yViolations(developer, 'Events');
  await developer.screenshot({
    path: `${screenshots}/events-awaiting-approval.png`,
    fullPage: true,
  });

  // The admin approves from the workspace's catalog entity page.
  const admin = await signedInPage(browser, request, adrian);
  const workspaceId = workspaceUrl.split('/').pop()!;
  const { externalId } = await (
    await readThroughApi(request, 'adrian.admin', workspaceId)
  ).json();
  await waitUntilInCatalog(request, externalId);
  await admin.goto(`/catalog/default/resource/${externalId}/workspace`);
  await expect(admin.getByRole('heading', { name })).toBeVisible();
  await expectNoSeriousA11yViolations(admin, 'the entity Workspace tab');
  await admin.getByRole('button', { name: 'Approve' }).click();
  await admin
    .getByRole('dialog')
    .getByRole('button', { name: 'Approve' })
    .click();
  await expect(admin.getByText(`${name} approved`)).toBeVisible();
  await admin.screenshot({
    path: `${screenshots}/entity-workspace-tab.png`,
    fullPage: true,
  });

  // The developer's open Events tab follows provisioning live to Running.
  await expectStatus(developer, 'Running');
  await developer.screenshot({
    path: `${screenshots}/events-running.png`,
    fullPage: true,
  });

  // Sync Apps.
  const syncApps = developer.getByRole('button', { name: 'Sync Apps' });
  await expect(syncApps).toBeEnabled({ timeout: 60_000 });
  await syncApps.click();
  await expect(
    developer.getByText(`Sync Apps queued for ${name}`),
  ).toBeVisible();
  await expect(
    developer.getByRole('button', { name: /Sync apps.*Succeeded/i }),
  ).toBeVisible({ timeout: 120_000 });
  await expectStatus(developer, 'Running');

  await developer.getByRole('tab', { name: 'Overview' }).click();
  // The Apps card's row; the Resources card lists the component as "orchestrator" too.
  await expect(
    developer
      .getByRole('table', { name: 'Apps' })
      .getByRole('rowheader', { name: 'Orchestrator' }),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(developer, 'Overview');
  await developer.screenshot({
    path: `${screenshots}/overview.png`,
    fullPage: true,
  });
  await developer.getByRole('tab', { name: 'Settings' }).click();
  await expect(developer.getByText('Danger zone')).toBeVisible();
  // A developer may not delete: the danger zone's button is disabled and says why.
  await expect(
    developer.getByRole('button', { name: 'Delete' }),
  ).toBeDisabled();
  await expect(
    developer.getByText(/Delete needs the Account Owner or Admin role/).first(),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(developer, 'Settings');
  await developer.screenshot({
    path: `${screenshots}/settings.png`,
    fullPage: true,
  });

  // The admin deletes it from the danger zone, typing its name.
  await admin.goto(`${workspaceUrl}/settings`);
  await admin.getByRole('button', { name: 'Delete' }).click();
  const dialog = admin.getByRole('dialog');
  await expect(dialog).toContainText('permanent');
  const confirm = dialog.getByRole('button', { name: 'Delete workspace' });
  await dialog.getByLabel('Workspace name').fill(`${name} typo`);
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel('Workspace name').fill(name);
  await confirm.click();
  await expectStatus(admin, 'Deleted');
  await admin.getByRole('tab', { name: 'Overview' }).click();
  await expect(admin.getByTestId('operations-summary')).toContainText(
    'This workspace is Deleted',
  );
  await expectNoSeriousA11yViolations(admin, 'a Deleted workspace');
  await admin.screenshot({
    path: `${screenshots}/deleted.png`,
    fullPage: true,
  });

  // Deleted workspaces leave My Workspaces once the list has loaded.
  await developer.goto('/workspaces');
  await expect(
    developer
      .getByRole('table', { name: 'Workspaces' })
      .or(developer.getByText('You have no workspaces yet')),
  ).toBeVisible();
  await expect(developer.getByRole('link', { name })).toBeHidden();
  await developer.screenshot({
    path: `${screenshots}/my-workspaces.png`,
    fullPage: true,
  });
});
