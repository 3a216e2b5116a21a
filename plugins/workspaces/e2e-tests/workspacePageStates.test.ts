/* eslint-disable @backstage/no-relative-monorepo-imports -- the browser tests drive the example portal and sign in with its helpers */
import { expect, test, type Browser } from '@playwright/test';
import {
  backendUrl,
  exampleUsers,
  signInAs,
  tokenFor,
} from '../../../packages/app/e2e-tests/exampleUsers';
import { expectNoSeriousA11yViolations } from './accessibility';
import { createThroughApi, expectStatus, uniqueName } from './workspacesPages';

const [, adrian, tara, dana] = exampleUsers;

/** Where the states of the workspace page are kept for people to look at. */
const shots = process.env.OQ_SCREENS_DIR ?? 'e2e-screenshots/workspace-page';

async function signedInPage(
  browser: Browser,
  request: Parameters<typeof signInAs>[1],
  user: (typeof exampleUsers)[number],
) {
  const context = await browser.newContext({
    // Tall enough that a screenshot holds the page: its content scrolls inside.
    viewport: { width: 1280, height: 1400 },
  });
  const page = await context.newPage();
  await signInAs(page, request, user);
  return page;
}

test('a developer sees her request Awaiting approval, then Rejected with who rejected it and why', async ({
  browser,
  request,
}) => {
  test.setTimeout(300_000);
  const name = uniqueName('Approval lake with a rather long name to wrap');
  const { id } = await createThroughApi(request, dana.name, { name });

  const developer = await signedInPage(browser, request, dana);
  await developer.goto(`/workspaces/${id}`);
  await expectStatus(developer, 'Awaiting approval');
  const banner = developer.getByTestId('approval-banner');
  await expect(banner).toContainText(
    'An Account Owner or Admin must approve this request',
  );
  await expect(banner).toContainText('Nothing to do for now');
  await expectNoSeriousA11yViolations(developer, 'a pending request');
  await developer.screenshot({
    path: `${shots}/pending-developer.png`,
    fullPage: true,
  });

  // Tara leads Dana's team: she reads the workspace and can run nothing, in one line.
  const lead = await signedInPage(browser, request, tara);
  await lead.goto(`/workspaces/${id}`);
  await expectStatus(lead, 'Awaiting approval');
  await expect(lead.getByTestId('operations-summary')).toContainText(
    'needs the operator role',
  );
  await expect(
    lead.getByRole('group', { name: 'Workspace operations' }),
  ).toBeHidden();
  await expectNoSeriousA11yViolations(lead, 'a pending request, for a lead');
  await lead.screenshot({
    path: `${shots}/pending-team-lead.png`,
    fullPage: true,
  });

  const admin = await signedInPage(browser, request, adrian);
  await admin.goto(`/workspaces/${id}`);
  await expect(admin.getByTestId('approval-banner')).toContainText(
    'You may decide',
  );
  await admin.screenshot({
    path: `${shots}/pending-admin.png`,
    fullPage: true,
  });
  await admin.getByRole('button', { name: 'Reject' }).click();
  const dialog = admin.getByRole('dialog');
  await dialog
    .getByLabel(/Comment/)
    .fill('Use the shared development network instead of a new one');
  await expectNoSeriousA11yViolations(admin, 'the Reject dialog');
  await dialog.getByRole('button', { name: 'Reject' }).click();
  await expectStatus(admin, 'Rejected');

  await developer.reload();
  await expectStatus(developer, 'Rejected');
  const rejected = developer.getByTestId('approval-banner');
  await expect(rejected).toContainText('Rejected by Adrian Admin');
  await expect(rejected).toContainText(
    'Use the shared development network instead of a new one',
  );
  await expectNoSeriousA11yViolations(developer, 'a rejected request');
  await developer.screenshot({
    path: `${shots}/rejected-developer.png`,
    fullPage: true,
  });

  // The list says the same as the page.
  await developer.goto('/workspaces');
  const row = developer.getByRole('row', { name: new RegExp(name) });
  await expect(row.getByTestId('status-rejected')).toHaveText('Rejected');
  await developer.screenshot({
    path: `${shots}/my-workspaces-rejected.png`,
    fullPage: true,
  });
});

test('a developer fixes the input that made provisioning fail and retries to Running, from the page alone', async ({
  browser,
  request,
}) => {
  test.setTimeout(480_000);
  const name = uniqueName('Input lake');
  // An Admin's request needs no approval: provisioning starts at once, and fails.
  const { id } = await createThroughApi(request, adrian.name, {
    name,
    owner: 'user:default/dana.dev',
    parameters: { region: 'eu-west-1', fail_on_apply: true },
  });

  const developer = await signedInPage(browser, request, dana);
  await developer.goto(`/workspaces/${id}`);
  await expectStatus(developer, 'Failed');
  await expect(developer.getByTestId('failure-reason')).toBeVisible();
  await expectNoSeriousA11yViolations(developer, 'a Failed workspace');
  await developer.screenshot({
    path: `${shots}/failed-developer.png`,
    fullPage: true,
  });

  await developer
    .getByRole('button', { name: 'Edit inputs and retry' })
    .click();
  await expect(developer).toHaveURL(/\/settings#template-inputs$/);
  const failOnApply = developer.getByRole('checkbox', {
    name: 'Fail on apply',
  });
  await expect(failOnApply).toBeChecked();
  await failOnApply.uncheck();
  await developer.getByRole('button', { name: 'Save inputs' }).click();
  const offer = developer.getByTestId('inputs-follow-up');
  await expect(offer).toContainText('Inputs saved');
  // axe measures contrast as rendered: tabs scrolled out of view read wrong.
  await developer
    .getByRole('tab', { name: 'Overview' })
    .scrollIntoViewIfNeeded();
  await expectNoSeriousA11yViolations(
    developer,
    'Settings after saving inputs',
  );
  await developer.screenshot({
    path: `${shots}/settings-inputs-saved.png`,
    fullPage: true,
  });
  await offer.getByRole('button', { name: 'Retry provision' }).click();
  await expectStatus(developer, 'Running', 240_000);
  await developer.screenshot({
    path: `${shots}/running-after-retry.png`,
    fullPage: true,
  });
});

test('an owner adds a member through the catalog picker; an unknown ref is refused; removing asks first', async ({
  browser,
  request,
}) => {
  test.setTimeout(300_000);
  const name = uniqueName('Member lake');
  const { id } = await createThroughApi(request, dana.name, { name });

  const developer = await signedInPage(browser, request, dana);
  await developer.goto(`/workspaces/${id}/settings`);
  const picker = developer.getByRole('textbox', { name: 'User or group' });
  await picker.fill('Noah');
  await developer.getByRole('option', { name: /Noah Analyst/ }).click();
  await expect(
    developer.getByRole('form', { name: 'Add a member' }),
  ).toContainText('user:default/noah.analyst');
  await expectNoSeriousA11yViolations(
    developer,
    'Settings with a picked member',
  );
  await developer.getByRole('button', { name: 'Add member' }).click();
  const members = developer.getByRole('table', { name: 'Members' });
  await expect(members).toContainText('Noah Analyst');
  await expect(developer.getByLabel('What each role may do')).toContainText(
    'Viewer',
  );
  await developer.screenshot({
    path: `${shots}/settings-members.png`,
    fullPage: true,
  });

  // A ref the catalog does not hold is refused with a sentence.
  const { token } = await tokenFor(request, dana.name);
  const refused = await request.put(
    `${backendUrl}/api/workspaces/workspaces/${id}/members/${encodeURIComponent(
      'user:default/nobody.here',
    )}`,
    {
      headers: { Authorization: `Bearer ${token}` },
      data: { role: 'viewer' },
    },
  );
  expect(refused.status()).toBe(400);
  expect((await refused.json()).error.message).toBe(
    'user:default/nobody.here is not in the catalog: pick a user or group that exists',
  );

  await developer
    .getByRole('button', { name: 'Remove user:default/noah.analyst' })
    .click();
  const dialog = developer.getByRole('dialog');
  await expect(dialog).toContainText('loses the Viewer role');
  await expectNoSeriousA11yViolations(developer, 'the Remove member dialog');
  await developer.screenshot({ path: `${shots}/remove-member-dialog.png` });
  await dialog.getByRole('button', { name: 'Remove member' }).click();
  await expect(members).toBeHidden();
  await expect(
    developer.getByText('No members yet: only the owner'),
  ).toBeVisible();
});

test('cancelling the first provision asks first, and the page says who cancelled it, as no error', async ({
  browser,
  request,
}) => {
  test.setTimeout(300_000);
  const name = uniqueName('Cancelled lake');
  // A slow storage start-up keeps the job running long enough to cancel it.
  const { id } = await createThroughApi(request, adrian.name, {
    name,
    owner: 'user:default/dana.dev',
    parameters: { region: 'eu-west-1', apply_delay_seconds: 120 },
  });

  const developer = await signedInPage(browser, request, dana);
  await developer.goto(`/workspaces/${id}`);
  await expect(developer.getByTestId('active-job')).toContainText(
    'in progress',
    { timeout: 120_000 },
  );
  await developer.getByRole('button', { name: 'Cancel job' }).click();
  const dialog = developer.getByRole('dialog');
  await expect(dialog).toContainText('stops at its next safe point');
  await expectNoSeriousA11yViolations(developer, 'the Cancel job dialog');
  await developer.screenshot({ path: `${shots}/cancel-job-dialog.png` });
  await dialog.getByRole('button', { name: 'Cancel job' }).click();

  await expectStatus(developer, 'Failed', 120_000);
  const cancelled = developer.getByTestId('cancelled-job');
  await expect(cancelled).toContainText(
    'Provision Infrastructure was cancelled by Dana Developer',
  );
  await expect(developer.getByTestId('failure-reason')).toBeHidden();
  await expectNoSeriousA11yViolations(developer, 'a cancelled provision');
  await developer.screenshot({
    path: `${shots}/cancelled-provision.png`,
    fullPage: true,
  });
});
