/* eslint-disable no-console -- a command-line benchmark prints its figures */
// Times pages in Chromium: ours and a stock Backstage page, in the same
// browser session and interleaved, so machine noise hits both alike.
const { chromium } = require('@playwright/test');
const {
  appUrl,
  baselinePath,
  user,
  userDisplayName,
  runs,
  chromiumPath,
} = require('./benchConfig');

// What "the page is usable" means for each: the first data row is visible.
const scenarios = {
  workspaces: {
    path: '/workspaces',
    firstRow: '[data-testid="workspace-row"]',
    sidebarLink: 'Workspaces',
  },
  // The stock catalog index (mounted at / in the example app): also a table
  // of entities read from a backend, 20 a page.
  catalog: {
    path: baselinePath,
    firstRow: 'table tbody tr a',
    sidebarLink: 'Catalog',
  },
};

async function signIn(page) {
  await page.goto(`${appUrl}/`);
  await page
    .getByRole('button', { name: `Sign in as ${userDisplayName}` })
    .click();
  await sidebar(page)
    .getByRole('link', { name: 'Catalog', exact: true })
    .waitFor({ timeout: 120_000 });
}

function sidebar(page) {
  return page.getByRole('navigation', { name: 'sidebar nav' });
}

/**
 * A full load: HTML, the app bundle, sign-in refresh, the page's API calls.
 * goto waits for the load event so no locator can match the previous page.
 */
async function timeFullLoad(page, scenario) {
  const started = performance.now();
  await page.goto(`${appUrl}${scenario.path}`, { timeout: 120_000 });
  await page
    .locator(scenario.firstRow)
    .first()
    .waitFor({ state: 'visible', timeout: 60_000 });
  return performance.now() - started;
}

/** In-app navigation from the other page's sidebar: the page's own cost. */
async function timeSidebarNavigation(page, scenario, from) {
  await page.goto(`${appUrl}${from.path}`, { timeout: 120_000 });
  await page
    .locator(from.firstRow)
    .first()
    .waitFor({ state: 'visible', timeout: 60_000 });
  const started = performance.now();
  await sidebar(page)
    .getByRole('link', { name: scenario.sidebarLink, exact: true })
    .click();
  await page
    .locator(scenario.firstRow)
    .first()
    .waitFor({ state: 'visible', timeout: 60_000 });
  return performance.now() - started;
}

/**
 * A dev server recompiling for someone else's edit can stall one load for
 * a minute; such a run is retried once and reported, not silently dropped.
 */
async function withOneRetry(label, measure) {
  try {
    return await measure();
  } catch (error) {
    console.log(
      `  ${label} failed (${error.message.split('\n')[0]}); retrying once`,
    );
    return measure();
  }
}

async function measureNavigation() {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage({
      viewport: { width: 1400, height: 1000 },
    });
    // A shared dev server can take longer than Playwright's 30 s default to load.
    page.setDefaultTimeout(120_000);
    page.setDefaultNavigationTimeout(120_000);
    await signIn(page);
    // One unmeasured round warms the dev server's compile cache and the browser cache.
    await timeFullLoad(page, scenarios.workspaces);
    await timeFullLoad(page, scenarios.catalog);
    const times = {
      fullLoad: { workspaces: [], catalog: [] },
      sidebar: { workspaces: [], catalog: [] },
    };
    for (let run = 0; run < runs; run++) {
      const measured = {
        fullLoadWorkspaces: await withOneRetry('load /workspaces', () =>
          timeFullLoad(page, scenarios.workspaces),
        ),
        fullLoadCatalog: await withOneRetry('load catalog', () =>
          timeFullLoad(page, scenarios.catalog),
        ),
        sidebarWorkspaces: await withOneRetry('sidebar to Workspaces', () =>
          timeSidebarNavigation(page, scenarios.workspaces, scenarios.catalog),
        ),
        sidebarCatalog: await withOneRetry('sidebar to Catalog', () =>
          timeSidebarNavigation(page, scenarios.catalog, scenarios.workspaces),
        ),
      };
      times.fullLoad.workspaces.push(measured.fullLoadWorkspaces);
      times.fullLoad.catalog.push(measured.fullLoadCatalog);
      times.sidebar.workspaces.push(measured.sidebarWorkspaces);
      times.sidebar.catalog.push(measured.sidebarCatalog);
      console.log(
        `  run ${run + 1}/${runs}:`,
        Object.entries(measured)
          .map(([k, v]) => `${k} ${Math.round(v)} ms`)
          .join(', '),
      );
    }
    const rowsShown = await page
      .goto(`${appUrl}/workspaces`, { timeout: 120_000 })
      .then(() =>
        page
          .locator(scenarios.workspaces.firstRow)
          .first()
          .waitFor()
          .then(() => page.locator(scenarios.workspaces.firstRow).count()),
      );
    return { times, rowsShown, user };
  } finally {
    await browser.close();
  }
}

module.exports = { measureNavigation };
