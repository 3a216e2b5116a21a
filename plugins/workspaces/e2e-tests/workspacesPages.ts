/* eslint-disable @backstage/no-relative-monorepo-imports -- the browser tests drive the example portal and sign in with its helpers */
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import {
  backendUrl,
  tokenFor,
} from '../../../packages/app/e2e-tests/exampleUsers';

/** Kept apart from the HTML report, which empties its own folder on every run. */
export const screenshots = 'e2e-screenshots/workspaces';
const api = `${backendUrl}/api/workspaces`;

/** A name no earlier run on the same portal has used. */
export function uniqueName(prefix: string) {
  return `${prefix} ${Date.now().toString(36)}`;
}

/** The workspace's status chip in the page header. */
export function statusChip(page: Page) {
  return page.getByTestId(/^status-/).first();
}

/** Waits until the header says the workspace has reached `label` and has no job. */
export async function expectStatus(
  page: Page,
  label: string,
  timeout = 180_000,
) {
  await expect(statusChip(page)).toHaveText(label, { timeout });
}

/** Creates a workspace through the REST API, as a script would, for flows that start later. */
export async function createThroughApi(
  request: APIRequestContext,
  user: string,
  body: Record<string, unknown>,
) {
  const { token } = await tokenFor(request, user);
  const response = await request.post(`${api}/workspaces`, {
    headers: { Authorization: `Bearer ${token}` },
    data: {
      provisioning: {
        stackTemplate: 'lakehouse-local',
        cloudCredential: 'local-sandbox',
        stateStorage: 'builtin',
      },
      parameters: { region: 'eu-west-1' },
      ...body,
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as { id: string; externalId: string };
}

/** The workspace as its owner's token sees it. */
export async function readThroughApi(
  request: APIRequestContext,
  user: string,
  id: string,
) {
  const { token } = await tokenFor(request, user);
  const response = await request.get(`${api}/workspaces/${id}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  return response;
}

/** The catalog module adds a new workspace within seconds; waits for it. */
export async function waitUntilInCatalog(
  request: APIRequestContext,
  externalId: string,
) {
  const { token } = await tokenFor(request, 'adrian.admin');
  await expect
    .poll(
      async () =>
        (
          await request.get(
            `${backendUrl}/api/catalog/entities/by-name/resource/default/${externalId}`,
            { headers: { Authorization: `Bearer ${token}` } },
          )
        ).status(),
      { timeout: 60_000, message: `the catalog never showed ${externalId}` },
    )
    .toBe(200);
}
