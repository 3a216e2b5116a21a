/* eslint-disable @backstage/no-relative-monorepo-imports -- the browser tests drive the example portal and sign in with its helpers */
import { expect, test, type Page } from '@playwright/test';
import {
  exampleUsers,
  signInAs,
} from '../../../packages/app/e2e-tests/exampleUsers';
import { expectNoSeriousA11yViolations } from './accessibility';
import { expectStatus, screenshots, uniqueName } from './workspacesPages';

const [olivia] = exampleUsers;

/** Picks the only option of an EntityPicker unless it already shows a value. */
async function chooseOnlyOptionIfEmpty(page: Page, label: string) {
  const picker = page.getByRole('textbox', { name: label });
  // The picker chooses a lone option itself once its catalog query returns.
  const autoSelected = await expect(picker)
    .not.toHaveValue('', { timeout: 5_000 })
    .then(() => true)
    .catch(() => false);
  if (autoSelected) {
    return;
  }
  await picker.click();
  const options = page.getByRole('option');
  await expect(options).toHaveCount(1);
  await options.click();
  await expect(picker).not.toHaveValue('');
}

const accountTabs = [
  'Stack templates',
  'Cloud credentials',
  'State storages',
  'Networks',
] as const;

test('an Account Owner creates a workspace with the "Create a workspace" software template and lands on it Running', async ({
  page,
  request,
}) => {
  test.setTimeout(480_000);
  const name = uniqueName('Scaffolded lake');
  await signInAs(page, request, olivia);

  await page.goto('/create');
  const card = page
    .getByRole('article')
    .filter({ hasText: 'Create a workspace' });
  await card.getByRole('button', { name: 'Choose' }).click();

  await page.getByLabel(/^Name/).fill(name);
  await page.getByRole('button', { name: 'Next' }).click();

  // The EntityPickers are Autocomplete textboxes listing catalog resources.
  await page.getByRole('textbox', { name: 'Stack template' }).click();
  await page
    .getByRole('option', { name: 'Lakehouse (runs offline)', exact: true })
    .click();
  // A picker with one option may or may not have chosen it already.
  await chooseOnlyOptionIfEmpty(page, 'Cloud credential');
  await chooseOnlyOptionIfEmpty(page, 'State storage');
  await page.screenshot({
    path: `${screenshots}/scaffolder-provisioning.png`,
    fullPage: true,
  });
  await page.getByRole('button', { name: 'Next' }).click();

  // The custom field shows the chosen template's own inputs.
  await expect(page.getByLabel(/Storage start-up delay/)).toBeVisible();
  await page.screenshot({
    path: `${screenshots}/scaffolder-template-inputs.png`,
    fullPage: true,
  });
  await page.getByRole('button', { name: 'Review' }).click();
  await page.getByRole('button', { name: 'Create' }).click();

  // The task log follows the workspace's events until it runs.
  await expect(
    page.getByRole('link', { name: 'Open the workspace' }),
  ).toBeVisible({
    timeout: 300_000,
  });
  await page.screenshot({
    path: `${screenshots}/scaffolder-task-done.png`,
    fullPage: true,
  });
  // The log viewer renders only the lines in view; its search scrolls to the match.
  const lastEvent = 'The workspace is Running (was Provisioning)';
  await page.getByRole('textbox', { name: 'Search' }).fill(lastEvent);
  await expect(page.getByText(lastEvent)).toBeVisible();
  // The action's output url is absolute, so the scaffolder opens it in a new window.
  const [workspacePage] = await Promise.all([
    page.waitForEvent('popup'),
    page.getByRole('link', { name: 'Open the workspace' }).click(),
  ]);
  await expect(workspacePage.getByRole('heading', { name })).toBeVisible();
  await expectStatus(workspacePage, 'Running');
  await workspacePage.screenshot({
    path: `${screenshots}/scaffolder-workspace-running.png`,
    fullPage: true,
  });
});

test('the Account page lists the example account, read-only, for an Account Owner', async ({
  page,
  request,
}) => {
  await signInAs(page, request, olivia);
  await page.goto('/workspaces/account');
  await expect(
    page.getByText('Lakehouse (runs offline)').first(),
  ).toBeVisible();
  await expect(page.getByText(/Declared in app-config/).first()).toBeVisible();
  for (const tab of accountTabs) {
    await page.getByRole('tab', { name: tab }).click();
    await expect(page.getByRole('heading', { name: tab })).toBeVisible();
    await expectNoSeriousA11yViolations(page, `the Account page, ${tab}`);
    await page.screenshot({
      path: `${screenshots}/account-${tab
        .toLowerCase()
        .replace(/ /g, '-')}.png`,
      fullPage: true,
    });
  }
});

test('a stack template entity lists the workspaces built from it', async ({
  page,
  request,
}) => {
  await signInAs(page, request, olivia);
  await page.goto('/catalog/default/resource/stack-template-lakehouse-local');
  await expect(
    page.getByText(/Workspaces using this stack template/),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'stack template entity page');
  await page.screenshot({
    path: `${screenshots}/entity-usage-card.png`,
    fullPage: true,
  });
});
