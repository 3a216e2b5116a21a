import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { rest } from 'msw';
import { setupServer } from 'msw/node';
import { Route, Routes, useLocation } from 'react-router-dom';
import { identityApiRef } from '@backstage/core-plugin-api';
import {
  mockApis,
  registerMswTestHooks,
  TestApiProvider,
} from '@backstage/test-utils';
import type {
  AccountResource,
  AccountResourceKind,
  CloudCredential,
  StateStorage,
} from '@oqullus/plugin-workspaces-common';
import { aStackTemplate, aWorkspace } from '../../__testUtils__/fixtures';
import {
  renderWithWorkspacesApi,
  workspacesBaseUrl,
} from '../../__testUtils__/renderWithWorkspacesApi';
import { CreateWorkspacePage } from './CreateWorkspacePage';

// Whole MUI forms in jsdom: each test clicks through many fields.
jest.setTimeout(30_000);

const server = setupServer();
registerMswTestHooks(server);

const credential: CloudCredential = {
  name: 'local-sandbox',
  title: 'Local sandbox',
  description: 'No cloud: everything runs on this machine',
  origin: 'config',
  validation: { status: 'valid', messages: [] },
  provider: 'env',
  identity: {},
  secrets: [],
};
const storage: StateStorage = {
  name: 'builtin',
  title: 'Built-in state storage',
  origin: 'config',
  validation: { status: 'valid', messages: [] },
  kind: 'builtin',
  settings: {},
};

type Account = Partial<Record<AccountResourceKind, AccountResource[]>>;

const fullAccount: Account = {
  'stack-templates': [
    aStackTemplate(),
    aStackTemplate({
      name: 'warehouse',
      title: 'Warehouse',
      description: 'A SQL warehouse',
      validation: { status: 'broken', messages: ['Source directory is gone'] },
      inputs: { type: 'object', properties: {} },
    }),
  ],
  'cloud-credentials': [credential],
  'state-storages': [storage],
  networks: [],
};

function serveAccount(account: Account) {
  server.use(
    rest.get(`${workspacesBaseUrl}/account/:kind`, (req, res, ctx) =>
      res(
        ctx.json({
          items: account[req.params.kind as AccountResourceKind] ?? [],
        }),
      ),
    ),
  );
}

type Received = { body: any; idempotencyKey: string | null };

function serveCreate(
  respond: (received: Received) => { status: number; body: object } = () => ({
    status: 201,
    body: aWorkspace({ id: 'new-id', status: 'created' }),
  }),
) {
  const requests: Received[] = [];
  server.use(
    rest.post(`${workspacesBaseUrl}/workspaces`, async (req, res, ctx) => {
      const received = {
        body: await req.json(),
        idempotencyKey: req.headers.get('Idempotency-Key'),
      };
      requests.push(received);
      const { status, body } = respond(received);
      return res(ctx.status(status), ctx.json(body));
    }),
  );
  return requests;
}

function errorBody(status: number, name: string, message: string) {
  return {
    error: { name, message },
    request: { method: 'POST', url: '/api/workspaces/workspaces' },
    response: { statusCode: status },
  };
}

function ShowLocation() {
  return <div data-testid="location">{useLocation().pathname}</div>;
}

async function renderPage() {
  const identity = mockApis.identity({
    userEntityRef: 'user:default/dana.dev',
    ownershipEntityRefs: ['user:default/dana.dev', 'group:default/data-team'],
  });
  await renderWithWorkspacesApi(
    <TestApiProvider apis={[[identityApiRef, identity]]}>
      <Routes>
        <Route path="/workspaces/create" element={<CreateWorkspacePage />} />
        <Route path="*" element={<ShowLocation />} />
      </Routes>
    </TestApiProvider>,
    { routeEntries: ['/workspaces/create'] },
  );
}

async function renderForm() {
  await renderPage();
  await screen.findByText('Provisioning', {}, { timeout: 10_000 });
}

function selectButton(label: RegExp) {
  return screen.getByRole('button', { name: label });
}

async function choose(label: RegExp, option: RegExp) {
  await userEvent.click(selectButton(label));
  await userEvent.click(
    within(screen.getByRole('listbox')).getByRole('option', { name: option }),
  );
}

async function fillValidForm() {
  await userEvent.type(
    screen.getByRole('textbox', { name: /^Workspace name/ }),
    'Analytics EU',
  );
  await choose(/^Stack template/, /Lakehouse/);
}

describe('CreateWorkspacePage', () => {
  it('lists registered resources with their titles, descriptions and a broken-check marker', async () => {
    serveAccount(fullAccount);
    await renderForm();

    // Only one credential and one storage: chosen already.
    expect(selectButton(/^Cloud credential/)).toHaveTextContent(
      'Local sandbox',
    );
    expect(selectButton(/^State storage/)).toHaveTextContent(
      'Built-in state storage',
    );
    expect(selectButton(/^Network/)).toHaveTextContent('None (create one)');
    expect(selectButton(/^Owner/)).toHaveTextContent(
      'user:default/dana.dev (you)',
    );

    await userEvent.click(selectButton(/^Stack template/));
    const options = within(screen.getByRole('listbox')).getAllByRole('option');
    expect(options.map(option => option.textContent)).toEqual([
      'Lakehouse (runs offline)A lakehouse on local resources',
      'WarehouseA SQL warehouseLast check failed',
    ]);
    expect(
      within(options[1]).getByRole('img', { name: 'Last check failed' }),
    ).toBeInTheDocument();
    expect(
      within(options[0]).queryByRole('img', { name: 'Last check failed' }),
    ).not.toBeInTheDocument();

    await userEvent.click(options[1]);
    expect(
      screen.getByText(
        'The last check of Warehouse failed: Source directory is gone',
      ),
    ).toBeVisible();
  });

  it('offers the signed-in user and their groups as owner', async () => {
    serveAccount(fullAccount);
    await renderForm();
    await userEvent.click(selectButton(/^Owner/));
    expect(
      within(screen.getByRole('listbox'))
        .getAllByRole('option')
        .map(option => option.textContent),
    ).toEqual(['user:default/dana.dev (you)', 'group:default/data-team']);
  });

  it('says what is missing and links to the Account page when nothing is registered', async () => {
    serveAccount({ 'stack-templates': [], 'cloud-credentials': [credential] });
    await renderPage();

    expect(
      await screen.findByText(
        /This account has no stack template and no state storage yet/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Account page' })).toHaveAttribute(
      'href',
      '/workspaces/account',
    );
    expect(
      screen.queryByRole('button', { name: 'Create workspace' }),
    ).not.toBeInTheDocument();
  });

  it("renders the chosen template's inputs by type with their defaults", async () => {
    serveAccount(fullAccount);
    await renderForm();
    await choose(/^Stack template/, /Lakehouse/);

    expect(selectButton(/^Region/)).toHaveTextContent('eu-west-1');
    expect(selectButton(/^Compute size/)).toHaveTextContent('small');
    const delay = screen.getByRole('spinbutton', {
      name: 'Apply delay (seconds)',
    });
    expect(delay).toHaveValue(0);
    expect(delay).toHaveAttribute('min', '0');
    expect(
      screen.getByRole('checkbox', { name: 'Fail on apply' }),
    ).not.toBeChecked();
    // Region is required by the template, the others are not.
    expect(
      document.getElementById('template-input-region-label'),
    ).toHaveTextContent(/^Region\s*\*$/);
    expect(
      document.getElementById('template-input-compute_size-label'),
    ).toHaveTextContent(/^Compute size$/);
  });

  it('shows the backend rules for name and custom external ID when a field is left', async () => {
    serveAccount(fullAccount);
    await renderForm();

    const name = screen.getByRole('textbox', { name: /^Workspace name/ });
    await userEvent.type(name, 'ab');
    expect(
      screen.queryByText(/Workspace name must be at least 3/),
    ).not.toBeInTheDocument();
    await userEvent.tab();
    expect(
      screen.getByText('Workspace name must be at least 3 characters (got 2)'),
    ).toBeInTheDocument();

    expect(
      screen.queryByRole('textbox', { name: /^External workspace ID/ }),
    ).not.toBeInTheDocument();
    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Generate external workspace ID' }),
    );
    const externalId = screen.getByRole('textbox', {
      name: /^External workspace ID/,
    });
    expect(
      screen.getByText(/3 to 40 characters: lowercase letters/),
    ).toBeInTheDocument();
    await userEvent.type(externalId, '9lives');
    await userEvent.tab();
    expect(
      screen.getByText(
        'External workspace ID must start with a lowercase letter',
      ),
    ).toBeInTheDocument();
  });

  it('marks every empty required field on submit and sends nothing', async () => {
    const regionWithoutDefault = aStackTemplate();
    delete regionWithoutDefault.inputs.properties.region.default;
    serveAccount({
      ...fullAccount,
      'stack-templates': [regionWithoutDefault],
      'cloud-credentials': [credential, { ...credential, name: 'other' }],
    });
    const requests = serveCreate();
    await renderForm();

    await userEvent.click(
      screen.getByRole('button', { name: 'Create workspace' }),
    );

    expect(
      screen.getByText('Workspace name must be at least 3 characters (got 0)'),
    ).toBeVisible();
    expect(screen.getByText('Choose a cloud credential')).toBeVisible();
    // The only template is chosen already; its required input has no default.
    expect(screen.getByText('Region is required')).toBeVisible();
    expect(
      screen.getByText(
        'Fix the fields marked in red, then create the workspace again.',
      ),
    ).toBeVisible();
    expect(requests).toEqual([]);
  });

  it('sends the request with an idempotency key and opens the Events tab of the new workspace', async () => {
    serveAccount(fullAccount);
    const requests = serveCreate();
    await renderForm();
    await fillValidForm();
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Description' }),
      'For the EU team',
    );
    await choose(/^Owner/, /group:default\/data-team/);
    await choose(/^Compute size/, /^medium$/);
    const delay = screen.getByRole('spinbutton', {
      name: 'Apply delay (seconds)',
    });
    await userEvent.clear(delay);
    await userEvent.type(delay, '5');

    await userEvent.click(
      screen.getByRole('button', { name: 'Create workspace' }),
    );

    expect(await screen.findByTestId('location')).toHaveTextContent(
      '/workspaces/new-id/events',
    );
    expect(requests).toHaveLength(1);
    expect(requests[0].body).toEqual({
      name: 'Analytics EU',
      description: 'For the EU team',
      owner: 'group:default/data-team',
      provisioning: {
        stackTemplate: 'lakehouse-local',
        cloudCredential: 'local-sandbox',
        stateStorage: 'builtin',
      },
      parameters: {
        region: 'eu-west-1',
        compute_size: 'medium',
        apply_delay_seconds: 5,
        fail_on_apply: false,
      },
    });
    expect(requests[0].idempotencyKey).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it('sends a custom external ID and a chosen network', async () => {
    serveAccount({
      ...fullAccount,
      networks: [
        {
          name: 'shared-dev-network',
          title: 'Shared dev network',
          origin: 'config',
          validation: { status: 'valid', messages: [] },
          provider: 'other',
          networkId: 'net-1',
        },
      ],
    });
    const requests = serveCreate();
    await renderForm();
    await fillValidForm();
    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Generate external workspace ID' }),
    );
    await userEvent.type(
      screen.getByRole('textbox', { name: /^External workspace ID/ }),
      'analytics-eu',
    );
    await choose(/^Network/, /Shared dev network/);
    await userEvent.click(
      screen.getByRole('button', { name: 'Create workspace' }),
    );

    await screen.findByTestId('location');
    expect(requests[0].body).toMatchObject({
      externalId: 'analytics-eu',
      provisioning: { network: 'shared-dev-network' },
    });
  });

  it('shows a 409 about the name next to the name field, keeps the input and retries with the same key', async () => {
    serveAccount(fullAccount);
    const requests = serveCreate(() => ({
      status: 409,
      body: errorBody(
        409,
        'ConflictError',
        "name: a workspace named 'Analytics EU' already exists; choose another name",
      ),
    }));
    await renderForm();
    await fillValidForm();
    const submit = screen.getByRole('button', { name: 'Create workspace' });
    await userEvent.click(submit);

    const name = screen.getByRole('textbox', { name: /^Workspace name/ });
    await waitFor(() =>
      expect(name).toHaveAccessibleDescription(
        "a workspace named 'Analytics EU' already exists; choose another name",
      ),
    );
    expect(name).toHaveValue('Analytics EU');
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(submit).toBeEnabled();

    await userEvent.click(submit);
    await waitFor(() => expect(requests).toHaveLength(2));
    expect(requests[1].idempotencyKey).toBe(requests[0].idempotencyKey);
  });

  it('shows a 400 that names a template input next to it and the rest above the button', async () => {
    serveAccount(fullAccount);
    serveCreate(() => ({
      status: 400,
      body: errorBody(
        400,
        'InputError',
        "parameters.region: must be equal to one of the allowed values (eu-west-1, us-east-1); provisioning.cloudCredential: no cloud credential named 'local-sandbox' is registered; list them with GET /account/cloud-credentials",
      ),
    }));
    await renderForm();
    await fillValidForm();
    await userEvent.click(
      screen.getByRole('button', { name: 'Create workspace' }),
    );

    expect(
      await screen.findByText(
        'must be equal to one of the allowed values (eu-west-1, us-east-1)',
      ),
    ).toBeVisible();
    expect(
      screen.getByText(
        "no cloud credential named 'local-sandbox' is registered; list them with GET /account/cloud-credentials",
      ),
    ).toBeVisible();
    expect(
      screen.getByRole('textbox', { name: /^Workspace name/ }),
    ).toHaveValue('Analytics EU');
  });

  it('disables the button while the request is on its way', async () => {
    serveAccount(fullAccount);
    let release: () => void = () => {};
    const held = new Promise<void>(resolve => {
      release = resolve;
    });
    server.use(
      rest.post(`${workspacesBaseUrl}/workspaces`, async (_req, res, ctx) => {
        await held;
        return res(ctx.status(201), ctx.json(aWorkspace({ id: 'new-id' })));
      }),
    );
    await renderForm();
    await fillValidForm();
    await userEvent.click(
      screen.getByRole('button', { name: 'Create workspace' }),
    );

    expect(screen.getByRole('button', { name: 'Creating…' })).toBeDisabled();
    release();
    expect(await screen.findByTestId('location')).toHaveTextContent(
      '/workspaces/new-id/events',
    );
  });
});
