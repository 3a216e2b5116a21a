/* eslint-disable @backstage/no-relative-monorepo-imports -- the browser tests drive the example portal and sign in with its helpers */
import { expect, test } from '@playwright/test';
import {
  exampleUsers,
  signInAs,
} from '../../../packages/app/e2e-tests/exampleUsers';
import { expectNoSeriousA11yViolations } from './accessibility';
import { createThroughApi, uniqueName } from './workspacesPages';

const [, , , dana] = exampleUsers;

/** Where the states of the workspace page are kept for people to look at. */
const shots = process.env.OQ_SCREENS_DIR ?? 'e2e-screenshots/workspace-page';

test('an owner labels a workspace in Settings, a wrong label is refused with a sentence, and About shows the labels', async ({
  browser,
  request,
}) => {
  test.setTimeout(300_000);
  const name = uniqueName('Labelled lake');
  const { id } = await createThroughApi(request, dana.name, { name });
  const context = await browser.newContext({
    viewport: { width: 1280, height: 1400 },
  });
  const developer = await context.newPage();
  await signInAs(developer, request, dana);

  await developer.goto(`/workspaces/${id}/settings`);
  const add = developer.getByRole('button', { name: 'Add label row' });
  await add.click();
  await developer.getByRole('textbox', { name: 'Label key 1' }).fill('team');
  await developer
    .getByRole('textbox', { name: 'Label value 1' })
    .fill('data platform');
  await developer.getByRole('button', { name: 'Save labels' }).click();
  const alert = developer.getByRole('alert').filter({ hasText: 'labels.team' });
  await expect(alert).toContainText(
    "labels.team: A label value may only contain letters, digits, '-', '_' and '.'",
  );
  // Saving scrolls the page's content; axe misjudges the contrast of header tabs
  // scrolled out of view, so the whole page is checked from its top.
  await developer.getByTestId('header-tab-0').scrollIntoViewIfNeeded();
  await expectNoSeriousA11yViolations(developer, 'a refused label');
  await alert.scrollIntoViewIfNeeded();
  await developer.screenshot({
    path: `${shots}/settings-label-refused.png`,
    fullPage: true,
  });

  await developer
    .getByRole('textbox', { name: 'Label value 1' })
    .fill('data-platform');
  await add.click();
  await developer
    .getByRole('textbox', { name: 'Label key 2' })
    .fill('environment');
  await developer
    .getByRole('textbox', { name: 'Label value 2' })
    .fill('staging');
  await developer.getByRole('button', { name: 'Save labels' }).click();
  await expect(developer.getByText('Labels saved')).toBeVisible();
  await expect(
    developer.getByRole('button', { name: 'Save labels' }),
  ).toBeDisabled();
  await developer.screenshot({
    path: `${shots}/settings-labels-saved.png`,
    fullPage: true,
  });

  await developer.goto(`/workspaces/${id}`);
  const about = developer.getByRole('table', { name: 'About' });
  await expect(about).toContainText('team: data-platform');
  await expect(about).toContainText('environment: staging');
  await developer.screenshot({
    path: `${shots}/overview-labels.png`,
    fullPage: true,
  });
});
