// Seeds `bench-ws-<n>` workspaces through the REST API, as a user would create
// them; they stay in `created` (never provisioned), and a rerun only adds the
// missing ones, so seeding is cheap after the first time.
const { backendUrl, user, seedCount } = require('./benchConfig');

async function signIn() {
  const response = await fetch(`${backendUrl}/api/auth/example-users/refresh`, {
    headers: { 'x-oqullus-example-user': user },
  });
  if (!response.ok) {
    throw new Error(
      `Could not sign in as ${user} (${response.status}); is the portal running at ${backendUrl}?`,
    );
  }
  return (await response.json()).backstageIdentity.token;
}

async function existingBenchNames(token) {
  const names = new Set();
  let cursor;
  do {
    const query = new URLSearchParams({
      scope: 'mine',
      q: 'bench-ws-',
      limit: '100',
    });
    if (cursor) query.set('cursor', cursor);
    const response = await fetch(
      `${backendUrl}/api/workspaces/workspaces?${query}`,
      {
        headers: { authorization: `Bearer ${token}` },
      },
    );
    if (!response.ok)
      throw new Error(
        `Listing workspaces failed: ${
          response.status
        } ${await response.text()}`,
      );
    const page = await response.json();
    page.items.forEach(item => names.add(item.name));
    cursor = page.nextCursor;
  } while (cursor);
  return names;
}

async function createWorkspace(token, name) {
  const response = await fetch(`${backendUrl}/api/workspaces/workspaces`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      // The name is unique per run, so a retried request cannot create a twin.
      'Idempotency-Key': `bench-seed-${name}`,
    },
    body: JSON.stringify({
      name,
      description: 'Seeded by yarn bench:ui; never provisioned',
      provisioning: {
        stackTemplate: 'lakehouse-local',
        cloudCredential: 'local-sandbox',
        stateStorage: 'builtin',
      },
      // Only the required input: the template's defaults fill in the rest.
      parameters: { region: 'eu-west-1' },
    }),
  });
  if (!response.ok)
    throw new Error(
      `Creating ${name} failed: ${response.status} ${await response.text()}`,
    );
}

/** Returns how many existed, how many were created and how long it took. */
async function seedWorkspaces() {
  const started = Date.now();
  const token = await signIn();
  const existing = await existingBenchNames(token);
  const missing = [];
  for (let n = 1; n <= seedCount; n++) {
    if (!existing.has(`bench-ws-${n}`)) missing.push(`bench-ws-${n}`);
  }
  // A few requests in flight: faster than one by one, gentle on a shared SQLite portal.
  const concurrency = 8;
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < missing.length) {
        const name = missing[next++];
        await createWorkspace(token, name);
      }
    }),
  );
  return {
    existing: existing.size,
    created: missing.length,
    seconds: (Date.now() - started) / 1000,
  };
}

module.exports = { seedWorkspaces };
