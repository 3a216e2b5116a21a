import {
  entityPresentationApiRef,
  type EntityPresentationApi,
} from '@backstage/plugin-catalog-react';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { rest } from 'msw';
import type { SetupServer } from 'msw/node';
import { Route, Routes, useLocation } from 'react-router-dom';
import { identityApiRef } from '@backstage/core-plugin-api';
import { mockApis, TestApiProvider } from '@backstage/test-utils';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import type {
  AccountResource,
  AccountResourceKind,
  CloudCredential,
  StateStorage,
} from '@oqullus/plugin-workspaces-common';
import { aStackTemplate, aWorkspace } from '../../../__testUtils__/fixtures';
import {
  renderWithWorkspacesApi,
  workspacesBaseUrl,
} from '../../../__testUtils__/renderWithWorkspacesApi';
import { CreateWorkspacePage } from '../CreateWorkspacePage';

// The account, msw handlers and form steps the Create page's tests share.

export const credential: CloudCredential = {
  name: 'local-sandbox',
  title: 'Local sandbox',
  description: 'No cloud: everything runs on this machine',
  origin: 'config',
  validation: { status: 'valid', messages: [] },
  provider: 'env',
  identity: {},
  secrets: [],
};
export const storage: StateStorage = {
  name: 'builtin',
  title: 'Built-in state storage',
  origin: 'config',
  validation: { status: 'valid', messages: [] },
  kind: 'builtin',
  settings: {},
};

export type Account = Partial<Record<AccountResourceKind, AccountResource[]>>;

export const fullAccount: Account = {
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

export function serveAccount(server: SetupServer, account: Account) {
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

export type Received = { body: any; idempotencyKey: string | null };

export function serveCreate(
  server: SetupServer,
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

export function errorBody(status: number, name: string, message: string) {
  return {
    error: { name, message },
    request: { method: 'POST', url: '/api/workspaces/workspaces' },
    response: { statusCode: status },
  };
}

function ShowLocation() {
  const location = useLocation();
  return (
    <div
      data-testid="location"
      data-state={JSON.stringify(location.state ?? null)}
    >
      {location.pathname}
    </div>
  );
}

/** What the ready-made policy gives Account Owners and Admins only, of what the form asks. */
const accountRolePermissions = [
  'workspaces.account.manage',
  'workspaces.approval.skip',
];

/**
 * The form as a person with an account role (Account Owner or Admin, the default) or
 * without one (a developer), as the permission policy decides.
 */
export async function renderPage(options: { accountRole?: boolean } = {}) {
  const accountRole = options.accountRole ?? true;
  const permission = mockApis.permission({
    authorize: request =>
      accountRolePermissions.includes(request.permission.name) && !accountRole
        ? 'DENY'
        : 'ALLOW',
  });
  const identity = mockApis.identity({
    userEntityRef: 'user:default/dana.dev',
    ownershipEntityRefs: ['user:default/dana.dev', 'group:default/data-team'],
  });
  // The catalog's names of the people and groups the form offers as owners.
  const titles: Record<string, string> = {
    'user:default/dana.dev': 'Dana Developer',
    'group:default/data-team': 'Data Team',
  };
  const presentation: EntityPresentationApi = {
    forEntity: entityOrRef => {
      const entityRef = String(entityOrRef);
      const snapshot = {
        entityRef,
        primaryTitle: titles[entityRef] ?? entityRef,
      };
      return { snapshot, promise: Promise.resolve(snapshot) };
    },
  };
  await renderWithWorkspacesApi(
    <TestApiProvider
      apis={[
        [identityApiRef, identity],
        [entityPresentationApiRef, presentation],
        [permissionApiRef, permission],
      ]}
    >
      <Routes>
        <Route path="/workspaces/create" element={<CreateWorkspacePage />} />
        <Route path="*" element={<ShowLocation />} />
      </Routes>
    </TestApiProvider>,
    { routeEntries: ['/workspaces/create'] },
  );
}

export async function renderForm(options: { accountRole?: boolean } = {}) {
  await renderPage(options);
  await screen.findByText('Provisioning', {}, { timeout: 10_000 });
}

export function selectButton(label: RegExp) {
  return screen.getByRole('button', { name: label });
}

export async function choose(label: RegExp, option: RegExp) {
  await userEvent.click(selectButton(label));
  await userEvent.click(
    within(screen.getByRole('listbox')).getByRole('option', { name: option }),
  );
}

export async function fillValidForm() {
  await userEvent.type(
    screen.getByRole('textbox', { name: /^Workspace name/ }),
    'Analytics EU',
  );
  await choose(/^Stack template/, /Lakehouse/);
}
