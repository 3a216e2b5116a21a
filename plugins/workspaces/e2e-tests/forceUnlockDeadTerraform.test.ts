/* eslint-disable @backstage/no-relative-monorepo-imports -- the browser tests drive the example portal and sign in with its helpers */
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test, type APIRequestContext } from '@playwright/test';
import {
  backendUrl,
  exampleUsers,
  signInAs,
  tokenFor,
} from '../../../packages/app/e2e-tests/exampleUsers';
import { expectNoSeriousA11yViolations } from './accessibility';
import {
  createThroughApi,
  expectStatus,
  screenshots,
  uniqueName,
} from './workspacesPages';

const [, adrian, , dana] = exampleUsers;
const api = `${backendUrl}/api/workspaces`;

/** The process whose command line holds `text`, with its parent's pid. */
function findProcess(text: string): { pid: number; parent: number } | null {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (!cmdline.includes(text)) continue;
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      const parent = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]);
      return { pid: Number(entry), parent };
    } catch {
      // The process ended while being read.
    }
  }
  return null;
}

async function asUser(request: APIRequestContext, user: string) {
  return {
    Authorization: `Bearer ${(await tokenFor(request, user)).token}`,
  };
}

/**
 * Terraform dies mid-apply (killed hard, as the OOM killer would), leaving the
 * state locked: its job fails, and every run after it would find the state locked.
 * The developer is told who can help; the admin force-unlocks it on the Overview
 * after a confirm dialog, and the next run takes the lock and succeeds.
 */
test('an admin force-unlocks the state a dead Terraform left locked', async ({
  browser,
  page,
  request,
}) => {
  test.setTimeout(420_000);
  const { id, externalId } = await createThroughApi(request, 'dana.dev', {
    name: uniqueName('Locked lake'),
    owner: 'user:default/dana.dev',
    parameters: { region: 'eu-west-1', apply_delay_seconds: 300 },
  });
  const admin = await asUser(request, 'adrian.admin');
  const approved = await request.post(`${api}/workspaces/${id}/approval`, {
    headers: admin,
    data: { decision: 'approve' },
  });
  expect(approved.status(), await approved.text()).toBe(200);

  // The storage's provisioner sleeps inside Terraform's apply, under the lock.
  const sleeper = await expect
    .poll(() => findProcess(`storage ${externalId}-lake is coming up`), {
      timeout: 180_000,
    })
    .not.toBeNull()
    .then(() => findProcess(`storage ${externalId}-lake is coming up`)!);
  const terraformPid = sleeper.parent;
  expect(
    readFileSync(`/proc/${terraformPid}/cmdline`, 'utf8').split('\0'),
  ).toContain('apply');
  process.kill(terraformPid, 'SIGKILL');
  process.kill(sleeper.pid, 'SIGKILL');

  const lockSeen = async () => {
    const workspace = await (
      await request.get(`${api}/workspaces/${id}`, { headers: admin })
    ).json();
    return workspace.stateLocks;
  };
  await expect.poll(lockSeen, { timeout: 120_000 }).toEqual([
    expect.objectContaining({
      component: 'infrastructure',
      operation: 'provision',
      staleReason: 'job-not-running',
    }),
  ]);

  // The developer sees why nothing can run, and who can release it.
  await signInAs(page, request, dana);
  await page.goto(`/workspaces/${id}`);
  await expectStatus(page, 'Failed');
  const panel = page.getByTestId('state-locks');
  await expect(
    panel.getByRole('heading', { name: 'State locked' }),
  ).toBeVisible();
  await expect(
    panel.getByText(
      /an Account Owner or Admin can force-unlock it from this page/,
    ),
  ).toBeVisible();
  await expect(panel.getByRole('button')).toHaveCount(0);
  await page.screenshot({
    path: `${screenshots}/state-locked-developer.png`,
    fullPage: true,
  });

  // The admin releases it, after reading what it risks.
  const adminPage = await (await browser.newContext()).newPage();
  await signInAs(adminPage, request, adrian);
  await adminPage.goto(`/workspaces/${id}`);
  const adminPanel = adminPage.getByTestId('state-locks');
  await expect(
    adminPanel.getByText(
      /its job has ended, so the lock protects nothing any more/,
    ),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(adminPage, 'the State locked panel');
  await adminPage.screenshot({
    path: `${screenshots}/state-locked-admin.png`,
    fullPage: true,
  });
  await adminPanel
    .getByRole('button', { name: 'Force unlock infrastructure' })
    .click();
  const dialog = adminPage.getByRole('dialog', {
    name: 'Force-unlock the state of infrastructure?',
  });
  await expect(dialog).toContainText(
    'Release it only if that Terraform run is really over',
  );
  await expectNoSeriousA11yViolations(adminPage, 'the force-unlock dialog');
  await adminPage.screenshot({
    path: `${screenshots}/state-force-unlock-dialog.png`,
    fullPage: true,
  });
  await dialog.getByRole('button', { name: 'Force unlock' }).click();
  await expect(adminPanel).toHaveCount(0);
  expect(await lockSeen()).toEqual([]);

  const events = await (
    await request.get(`${api}/workspaces/${id}/events?limit=500`, {
      headers: admin,
    })
  ).json();
  expect(
    events.items
      .filter((e: { type: string }) => e.type === 'state.unlocked')
      .map((e: { actor: string; data: unknown }) => [e.actor, e.data]),
  ).toEqual([
    [
      'user:default/adrian.admin',
      expect.objectContaining({ component: 'infrastructure' }),
    ],
  ]);

  // The next run takes the lock and gets through.
  await request.patch(`${api}/workspaces/${id}`, {
    headers: admin,
    data: { parameters: { region: 'eu-west-1', apply_delay_seconds: 0 } },
  });
  const retried = await request.post(`${api}/workspaces/${id}/operations`, {
    headers: admin,
    data: { operation: 'provision' },
  });
  expect(retried.status(), await retried.text()).toBe(202);
  await adminPage.reload();
  await expectStatus(adminPage, 'Running', 240_000);
  await adminPage.screenshot({
    path: `${screenshots}/state-unlocked-running.png`,
    fullPage: true,
  });
});
