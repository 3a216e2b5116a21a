import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { backendUrl, exampleUsers, signInAs, tokenFor } from './exampleUsers';

const api = `${backendUrl}/api/workspaces`;
const screenshots = process.env.OQ_SCREENSHOTS ?? 'e2e-screenshots/follow-job';

type Chunk = { seq: number; text: string };

test('a script follows the job create queued by tailing its log, and the page shows the same log', async ({
  page,
  request,
}) => {
  const { token } = await tokenFor(request, 'olivia.owner');
  const headers = { Authorization: `Bearer ${token}` };

  const created = await request.post(`${api}/workspaces`, {
    headers,
    data: {
      name: 'Followed from a script',
      owner: 'group:default/data-engineering',
      provisioning: {
        stackTemplate: 'lakehouse-local',
        cloudCredential: 'local-sandbox',
        stateStorage: 'builtin',
      },
      parameters: { region: 'eu-west-1', apply_delay_seconds: 4 },
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { id, job } = await created.json();
  // An Account Owner's request needs no approval: the Provision job comes back at once.
  expect(job).toMatchObject({ operation: 'provision', status: 'queued' });

  // The README's way to follow a job: poll the log with the last nextCursor.
  const seen: Chunk[] = [];
  let after: string | undefined;
  for (;;) {
    const current = await (
      await request.get(`${api}/jobs/${job.id}`, { headers })
    ).json();
    const page_ = await (
      await request.get(
        `${api}/jobs/${job.id}/log${after ? `?after=${after}` : ''}`,
        { headers },
      )
    ).json();
    for (const chunk of page_.items as Chunk[]) {
      expect(chunk.seq).toBeGreaterThan(Number(after ?? 0));
    }
    seen.push(...page_.items);
    after = page_.nextCursor ?? after;
    if (current.finishedAt) break;
    await new Promise(resolve => setTimeout(resolve, 500));
  }
  const whole = await (
    await request.get(`${api}/jobs/${job.id}/log?limit=1000`, { headers })
  ).json();
  expect(seen).toEqual(whole.items);
  expect(seen.map(chunk => chunk.text).join('')).toContain('Apply complete!');

  await signInAs(page, request, exampleUsers[0]);
  await page.goto(`/workspaces/${id}/events`);
  const panel = page.getByTestId(`job-panel-${job.id}`);
  await panel.getByText('Provision Infrastructure').click();
  await expect(page.getByTestId('job-log')).toBeVisible({ timeout: 60_000 });
  // The page read the log page by page as well: its download is the whole log.
  const download = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Download raw log' }).click();
  const saved = await (await download).path();
  expect(await readFile(saved, 'utf8')).toBe(
    (whole.items as Chunk[]).map(chunk => chunk.text).join(''),
  );
  await page.screenshot({
    path: `${screenshots}/job-log.png`,
    fullPage: true,
  });
});
