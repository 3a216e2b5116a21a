/* eslint-disable @backstage/no-relative-monorepo-imports -- the browser tests drive the example portal and sign in with its helpers */
import { expect, test, type Browser } from '@playwright/test';
import {
  exampleUsers,
  signInAs,
} from '../../../packages/app/e2e-tests/exampleUsers';
import { expectNoSeriousA11yViolations } from './accessibility';
import {
  createThroughApi,
  screenshots,
  uniqueName,
  waitUntilInCatalog,
} from './workspacesPages';

const [, , tara, dana, noah] = exampleUsers;

/** The catalog's lists, with every owner's entities, not only one's own. */
const everyResource = '/?filters%5Bkind%5D=resource&filters%5Buser%5D=all';
const workspaceEntities = `${everyResource}&filters%5Btype%5D=workspace`;

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
 * Tara leads Data Engineering: she finds Dana's workspace in All workspaces and in the
 * catalog, and opens it. Noah, in Analytics, finds it in neither.
 */
test("a team lead opens her developer's workspace from My Workspaces and the catalog; an outsider sees it nowhere", async ({
  browser,
  request,
}) => {
  test.setTimeout(300_000);
  const name = uniqueName('Team lake');
  const { externalId } = await createThroughApi(request, dana.name, { name });
  await waitUntilInCatalog(request, externalId);

  const lead = await signedInPage(browser, request, tara);
  await lead.goto('/workspaces');
  // Mine holds what she or her group owns, or belongs to; other tests may have made some.
  await expect(
    lead.getByRole('heading', { name: 'My workspaces' }),
  ).toBeVisible();
  await lead.screenshot({
    path: `${screenshots}/team-lead-my-workspaces.png`,
    fullPage: true,
  });
  await lead.getByRole('button', { name: 'All workspaces' }).click();
  await expect(lead.getByRole('link', { name })).toBeVisible();
  await expect(
    lead.getByText('No workspaces match these filters.'),
  ).not.toBeVisible();
  await expectNoSeriousA11yViolations(lead, 'My Workspaces of a team lead');
  await lead.screenshot({
    path: `${screenshots}/team-lead-all-workspaces.png`,
    fullPage: true,
  });
  await lead.getByRole('link', { name }).click();
  await expect(lead.getByRole('heading', { name })).toBeVisible();
  await expect(lead.getByText(/Workspace not found/)).not.toBeVisible();

  await lead.goto(workspaceEntities);
  await expect(lead.getByRole('link', { name })).toBeVisible();
  await lead.screenshot({
    path: `${screenshots}/team-lead-catalog.png`,
    fullPage: true,
  });

  const outsider = await signedInPage(browser, request, noah);
  await outsider.goto(everyResource);
  await expect(
    outsider.getByRole('link', { name: 'Local sandbox' }),
  ).toBeVisible();
  await expect(outsider.getByText(/^All Resources \(\d+\)$/)).toBeVisible();
  await expect(outsider.getByRole('link', { name })).not.toBeVisible();
  await outsider.screenshot({
    path: `${screenshots}/outsider-catalog.png`,
    fullPage: true,
  });
  await outsider.goto(`/catalog/default/resource/${externalId}`);
  await expect(outsider.getByText(/not found/i).first()).toBeVisible();

  // The template is visible to all; what uses it only to those who may see that.
  await outsider.goto(
    '/catalog/default/resource/stack-template-lakehouse-local',
  );
  await expect(
    outsider.getByText(
      'No live workspace that you may see uses this stack template.',
    ),
  ).toBeVisible();
  await outsider.screenshot({
    path: `${screenshots}/outsider-stack-template-entity.png`,
    fullPage: true,
  });
});
