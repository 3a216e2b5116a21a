/* eslint-disable @backstage/no-relative-monorepo-imports -- the browser tests drive the example portal and sign in with its helpers */
import { expect, test } from '@playwright/test';
import {
  exampleUsers,
  signInAs,
} from '../../../packages/app/e2e-tests/exampleUsers';
import { expectNoSeriousA11yViolations } from './accessibility';
import {
  createThroughApi,
  expectStatus,
  screenshots,
  uniqueName,
} from './workspacesPages';

const [, adrian] = exampleUsers;

/**
 * A provision that fails on apply, read in the Events tab: Terraform's messages
 * by step, the error marked and one click away, the failure said once.
 */
test('the log of a failed job reads as messages with the error marked', async ({
  page,
  request,
}) => {
  test.setTimeout(300_000);
  const name = uniqueName('Failing lake');
  const { id } = await createThroughApi(request, adrian.name, {
    name,
    parameters: { region: 'eu-west-1', fail_on_apply: true },
  });
  await page.setViewportSize({ width: 1024, height: 900 });
  await signInAs(page, request, adrian);
  await page.goto(`/workspaces/${id}/events`);
  await expectStatus(page, 'Failed');

  // The job's accordion summary (the events name the job too).
  await page
    .getByTestId(/^job-panel-/)
    .first()
    .locator('[aria-controls$="-details"]')
    .click();
  const failure = page.getByTestId('job-failure');
  await expect(failure).toContainText('Infrastructure failed');
  await expect(failure).toContainText('fail_on_apply is set');

  const log = page.getByRole('region', { name: 'Terraform log lines' });
  await expect(
    log.getByRole('heading', { name: /^Infrastructure/ }),
  ).toBeVisible();
  await expect(log).not.toContainText('"@level"');
  // A resource address is not made a link.
  await expect(log).toContainText('terraform_data.network');
  await expect(log.getByRole('link')).toHaveCount(0);
  await expect(
    log.getByRole('button', { name: /^Initialising \(\d+ lines\)$/ }),
  ).toHaveAttribute('aria-expanded', 'false');

  const firstError = log.locator('li[data-level="error"]').first();
  await page.getByRole('button', { name: /^Jump to first error/ }).click();
  await expect(firstError).toBeFocused();
  await expect(firstError).toContainText('Error');
  await expect(firstError).toBeInViewport();

  await page.screenshot({
    path: `${screenshots}/failed-job-log-1024.png`,
    fullPage: true,
  });
  await page.screenshot({
    path: `${screenshots}/failed-job-log-1024-view.png`,
  });
  // axe measures colours where things are drawn: the page's own scroller goes
  // back to its header, as the page opens.
  await page.getByTestId('header-tab-0').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${screenshots}/failed-job-log-1024-top.png` });
  await expectNoSeriousA11yViolations(page, 'an expanded failed job log');

  await log.getByRole('button', { name: /^Initialising/ }).click();
  await page.getByTestId('header-tab-0').scrollIntoViewIfNeeded();
  await expectNoSeriousA11yViolations(page, 'a job log with init open');
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.screenshot({
    path: `${screenshots}/failed-job-log-init-open.png`,
    fullPage: true,
  });
});

test('the Create form with validation errors passes axe', async ({
  page,
  request,
}) => {
  await signInAs(page, request, exampleUsers[3]);
  await page.goto('/workspaces/create');
  await page.getByRole('button', { name: 'Create workspace' }).click();
  await expect(page.getByLabel('Workspace name')).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  // The first field to fix has the focus.
  await expect(page.getByLabel('Workspace name')).toBeFocused();
  await expectNoSeriousA11yViolations(page, 'Create with validation errors');
  await page.screenshot({
    path: `${screenshots}/create-validation-errors.png`,
    fullPage: true,
  });
});
