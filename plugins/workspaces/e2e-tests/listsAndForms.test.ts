/* eslint-disable @backstage/no-relative-monorepo-imports -- the browser tests drive the example portal and sign in with its helpers */
import { expect, test } from '@playwright/test';
import {
  exampleUsers,
  signInAs,
} from '../../../packages/app/e2e-tests/exampleUsers';
import { expectNoSeriousA11yViolations } from './accessibility';
import { createThroughApi, screenshots, uniqueName } from './workspacesPages';

const [, adrian, , dana] = exampleUsers;

test('an admin sorts My Workspaces and reaches the Account from the sidebar', async ({
  page,
  request,
}) => {
  for (const prefix of ['Beta lake', 'alpha lake']) {
    await createThroughApi(request, adrian.name, { name: uniqueName(prefix) });
  }
  await signInAs(page, request, adrian);
  const sidebar = page.getByRole('navigation', { name: 'sidebar nav' });
  await sidebar.getByRole('link', { name: 'My Workspaces' }).click();
  const table = page.getByRole('table', { name: 'Workspaces' });
  await expect(table.getByTestId('workspace-row').first()).toBeVisible();
  await expect(
    table.getByRole('columnheader', { name: /Last activity/ }),
  ).toHaveAttribute('aria-sort', 'descending');

  await page.getByRole('button', { name: 'Sort by Name' }).click();
  await expect(
    table.getByRole('columnheader', { name: /Name/ }),
  ).toHaveAttribute('aria-sort', 'ascending');
  // The name cell's link; the owner cell links too. The rows follow the new order
  // once the server's page arrives.
  const names = () =>
    table
      .getByTestId('workspace-row')
      .locator('td:first-child a')
      .allTextContents();
  await expect
    .poll(async () => {
      const shown = await names();
      return (
        shown.length > 1 &&
        shown.every(
          (name, index) =>
            index === 0 ||
            shown[index - 1].toLowerCase().localeCompare(name.toLowerCase()) <=
              0,
        )
      );
    })
    .toBe(true);
  await expectNoSeriousA11yViolations(page, 'My Workspaces sorted by name');
  await page.screenshot({
    path: `${screenshots}/my-workspaces-admin-by-name.png`,
  });

  await sidebar.getByRole('link', { name: 'Account' }).click();
  await expect(page).toHaveURL(/\/workspaces\/account/);

  await page.goto('/workspaces/create');
  await page.getByRole('button', { name: /^Owner/ }).click();
  await expect(
    page.getByRole('option', { name: 'Adrian Admin (you)' }),
  ).toBeVisible();
  await page.screenshot({ path: `${screenshots}/create-owner-names.png` });
});

test('a developer is told before creating that the request will wait', async ({
  page,
  request,
}) => {
  await signInAs(page, request, dana);
  const sidebar = page.getByRole('navigation', { name: 'sidebar nav' });
  await expect(
    sidebar.getByRole('link', { name: 'My Workspaces' }),
  ).toBeVisible();
  await expect(sidebar.getByRole('link', { name: 'Account' })).toHaveCount(0);
  await page.goto('/workspaces/create');
  await page.getByRole('button', { name: /^Stack template/ }).click();
  await page
    .getByRole('option', { name: /^Lakehouse \(runs offline\)/ })
    .click();
  await expect(page.getByTestId('approval-hint')).toHaveText(
    /^Your request needs approval/,
  );
  await page.screenshot({
    path: `${screenshots}/create-developer-approval-hint.png`,
    fullPage: true,
  });
});
