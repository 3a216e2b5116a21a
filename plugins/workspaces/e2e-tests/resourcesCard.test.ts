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
const shots = process.env.OQ_SCREENS_DIR ?? screenshots;

test('a Running workspace lists what its Terraform states hold on the Overview', async ({
  browser,
  request,
}) => {
  test.setTimeout(300_000);
  const { id } = await createThroughApi(request, adrian.name, {
    name: uniqueName('Resources lake'),
  });
  const context = await browser.newContext({
    viewport: { width: 1280, height: 1400 },
  });
  const page = await context.newPage();
  await signInAs(page, request, adrian);
  await page.goto(`/workspaces/${id}`);
  await expectStatus(page, 'Running', 240_000);

  const table = page.getByRole('table', { name: 'Resources' });
  await expect(
    table.getByRole('row', { name: /infrastructure terraform_data\.storage/ }),
  ).toBeVisible();
  await expect(table).toContainText('notebooks');
  await expectNoSeriousA11yViolations(page, 'the Resources card');
  await table.scrollIntoViewIfNeeded();
  await page.screenshot({
    path: `${shots}/resources-page.png`,
    fullPage: true,
  });
  await table
    .locator('xpath=ancestor::div[contains(@class,"MuiCard-root")][1]')
    .screenshot({ path: `${shots}/resources-card.png` });
});
