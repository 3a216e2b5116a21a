import { expect, Page, APIRequestContext } from '@playwright/test';

export const backendUrl =
  process.env.PLAYWRIGHT_BACKEND_URL ?? 'http://localhost:7007';

/** The example users of examples/org.yaml, as the sign-in page shows them. */
export const exampleUsers = [
  { name: 'olivia.owner', displayName: 'Olivia Owner', role: 'Account Owner' },
  { name: 'adrian.admin', displayName: 'Adrian Admin', role: 'Admin' },
  { name: 'tara.lead', displayName: 'Tara Lead', role: 'Team lead' },
  { name: 'dana.dev', displayName: 'Dana Developer', role: 'Developer' },
  { name: 'noah.analyst', displayName: 'Noah Analyst', role: 'Developer' },
] as const;

/** Signs in from the portal's sign-in page, as a person would. */
export async function signInAs(
  page: Page,
  request: APIRequestContext,
  user: { name: string; displayName: string },
) {
  await waitUntilCatalogKnows(request, user.name);
  await page.goto('/');
  await page
    .getByRole('button', { name: `Sign in as ${user.displayName}` })
    .click();
  await expect(
    page
      .getByRole('navigation', { name: 'sidebar nav' })
      .getByRole('link', { name: 'Catalog', exact: true }),
  ).toBeVisible();
}

function refresh(request: APIRequestContext, name: string) {
  return request.get(`${backendUrl}/api/auth/example-users/refresh`, {
    headers: { 'x-oqullus-example-user': name },
  });
}

/** Sign-in resolves users in the catalog, which loads examples/org.yaml after start-up. */
export async function waitUntilCatalogKnows(
  request: APIRequestContext,
  name: string,
) {
  await expect
    .poll(async () => (await refresh(request, name)).status(), {
      // The catalog reads examples/org.yaml after start-up; on a busy machine that
      // has taken over a minute.
      timeout: 180_000,
      message: `the catalog never knew ${name}`,
    })
    .toBe(200);
}

/** Gets a user token the way the README tells scripts to. */
export async function tokenFor(request: APIRequestContext, name: string) {
  await waitUntilCatalogKnows(request, name);
  const response = await refresh(request, name);
  expect(response.status(), await response.text()).toBe(200);
  const body = await response.json();
  return body.backstageIdentity as {
    token: string;
    identity: { userEntityRef: string };
  };
}
