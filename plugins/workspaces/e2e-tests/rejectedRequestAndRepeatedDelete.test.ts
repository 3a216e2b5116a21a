/* eslint-disable @backstage/no-relative-monorepo-imports -- the browser tests drive the example portal and sign in with its helpers */
import { expect, test } from '@playwright/test';
import {
  backendUrl,
  exampleUsers,
  signInAs,
  tokenFor,
} from '../../../packages/app/e2e-tests/exampleUsers';
import {
  createThroughApi,
  expectStatus,
  screenshots,
  uniqueName,
} from './workspacesPages';

const [, , , dana] = exampleUsers;
const api = `${backendUrl}/api/workspaces`;

/**
 * A rejected request is closed: its owner finds Provision refused with the sentence
 * why; the admin's Delete, sent three times at once, queues one destroy job that every
 * answer names.
 */
test('a rejected request offers only Delete, and a repeated Delete queues one job', async ({
  page,
  request,
}) => {
  test.setTimeout(300_000);
  const { id } = await createThroughApi(request, 'dana.dev', {
    name: uniqueName('Rejected lake'),
    owner: 'user:default/dana.dev',
  });
  const admin = {
    Authorization: `Bearer ${(await tokenFor(request, 'adrian.admin')).token}`,
  };
  const rejected = await request.post(`${api}/workspaces/${id}/approval`, {
    headers: admin,
    data: { decision: 'reject', comment: 'Not this quarter' },
  });
  expect(rejected.status(), await rejected.text()).toBe(200);

  await signInAs(page, request, dana);
  await page.goto(`/workspaces/${id}`);
  const provision = page.getByRole('button', {
    name: 'Provision Infrastructure',
  });
  const why =
    'Provision Infrastructure cannot run: the request for this Created workspace was rejected; delete it or create a new workspace';
  // Refused, focusable, with the reason as its description and in the card's one line.
  await expect(provision).toBeDisabled();
  await expect(provision).toHaveAccessibleDescription(why);
  await expect(page.getByTestId('operations-summary')).toContainText(why);
  await page.screenshot({
    path: `${screenshots}/rejected-request.png`,
    fullPage: true,
  });

  const deletes = await Promise.all(
    [1, 2, 3].map(() =>
      request.delete(`${api}/workspaces/${id}`, { headers: admin }),
    ),
  );
  const answers = await Promise.all(deletes.map(r => r.json()));
  expect(deletes.map(r => r.status())).toEqual([202, 202, 202]);
  expect(new Set(answers.map(a => a.job.id)).size).toBe(1);

  await page.reload();
  await expectStatus(page, 'Deleted');
  const jobs = await (
    await request.get(`${api}/workspaces/${id}/jobs`, { headers: admin })
  ).json();
  expect(
    jobs.items.map((j: { operation: string; status: string }) => [
      j.operation,
      j.status,
    ]),
  ).toEqual([['destroy', 'succeeded']]);
  await page.screenshot({
    path: `${screenshots}/rejected-request-deleted.png`,
    fullPage: true,
  });
});
