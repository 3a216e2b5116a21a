import { expect, test } from '@playwright/test';
import { backendUrl, exampleUsers, signInAs, tokenFor } from './exampleUsers';

// Kept apart from the HTML report, which empties its own folder on every run.
const screenshots = 'e2e-screenshots/portal';

test('the sign-in page offers every example user', async ({ page }) => {
  await page.goto('/');
  for (const user of exampleUsers) {
    await expect(
      page.getByRole('button', { name: `Sign in as ${user.displayName}` }),
    ).toBeVisible();
  }
  await page.screenshot({ path: `${screenshots}/sign-in.png`, fullPage: true });
});

test('a developer signs in and the catalog lists the example entities', async ({
  page,
  request,
}) => {
  await signInAs(page, request, exampleUsers[3]);

  // Dana owns the ingestion pipeline through her team.
  await expect(
    page.getByRole('link', { name: 'Ingestion pipeline' }),
  ).toBeVisible();

  await page.getByText('All', { exact: true }).click();
  await expect(
    page.getByRole('link', { name: 'Analytics notebooks' }),
  ).toBeVisible();
  await page.screenshot({ path: `${screenshots}/catalog.png`, fullPage: true });

  await page.goto('/?filters[kind]=user&filters[user]=all');
  for (const user of exampleUsers) {
    await expect(
      page.getByRole('link', { name: user.displayName }).first(),
    ).toBeVisible();
  }
});

test('a script gets a token for each example user and calls the catalog with it', async ({
  request,
}) => {
  for (const user of exampleUsers) {
    const identity = await tokenFor(request, user.name);
    expect(identity.identity.userEntityRef).toBe(`user:default/${user.name}`);

    const response = await request.get(
      `${backendUrl}/api/catalog/entities/by-name/user/default/${user.name}`,
      { headers: { Authorization: `Bearer ${identity.token}` } },
    );
    expect(response.status()).toBe(200);
    expect((await response.json()).spec.profile.displayName).toBe(
      user.displayName,
    );
  }
});

test('the API refuses callers without a token and names that are no example user', async ({
  request,
}) => {
  const anonymous = await request.get(
    `${backendUrl}/api/catalog/entities/by-name/user/default/dana.dev`,
  );
  expect(anonymous.status()).toBe(401);

  const stranger = await request.get(
    `${backendUrl}/api/auth/example-users/refresh`,
    { headers: { 'x-oqullus-example-user': 'mallory' } },
  );
  expect(stranger.status()).toBe(403);
  expect((await stranger.json()).error.message).toContain(
    "'mallory' is not an example user",
  );
});
