import type { ReactElement } from 'react';
import {
  permissionApiRef,
  type PermissionApi,
} from '@backstage/plugin-permission-react';
import { Route, Routes } from 'react-router-dom';
import { mockApis, TestApiProvider } from '@backstage/test-utils';
import {
  accountManagePermission,
  type CloudCredential,
} from '@oqullus/plugin-workspaces-common';
import { renderWithWorkspacesApi } from '../../../__testUtils__/renderWithWorkspacesApi';
import { AccountPage } from '../AccountPage';

/** A cloud credential registered through the API; override what a test is about. */
export function aCloudCredential(
  overrides: Partial<CloudCredential> = {},
): CloudCredential {
  return {
    name: 'aws-prod',
    title: 'AWS production',
    description: 'Deploys into the production AWS account',
    owner: 'group:default/platform',
    origin: 'database',
    validation: { status: 'unknown', messages: [] },
    provider: 'aws',
    identity: { account_id: '123456789012' },
    secrets: [
      { name: 'AWS_SECRET_ACCESS_KEY', from: { env: 'PROD_AWS_SECRET' } },
    ],
    ...overrides,
  };
}

/** The body the backend sends when it refuses a request, as ResponseError reads it. */
export function anErrorBody(name: string, statusCode: number, message: string) {
  return {
    error: { name, message },
    request: { method: 'GET', url: '/' },
    response: { statusCode },
  };
}

/**
 * Wraps `element` so the user may read the account but not manage it; the
 * inner API provider takes precedence over the harness's allow-all one.
 */
function asAccountReader(element: ReactElement) {
  const allow = mockApis.permission();
  const deny = mockApis.permission({ authorize: 'DENY' });
  const permissionApi: PermissionApi = {
    authorize: request =>
      request.permission.name === accountManagePermission.name
        ? deny.authorize(request)
        : allow.authorize(request),
  };
  return (
    <TestApiProvider apis={[[permissionApiRef, permissionApi]]}>
      {element}
    </TestApiProvider>
  );
}

/**
 * The Account page routed as the plugin router does, so its tabs resolve
 * below /account. `reader` may read the account but not manage it.
 *
 * usePermission caches answers per permission for the whole test file, so a
 * file renders the page for one kind of user only.
 */
export function renderAccountPage(
  options: { path?: string; user?: 'manager' | 'reader' | 'outsider' } = {},
) {
  const page = (
    <Routes>
      <Route path="/workspaces/account/*" element={<AccountPage />} />
    </Routes>
  );
  return renderWithWorkspacesApi(
    options.user === 'reader' ? asAccountReader(page) : page,
    {
      routeEntries: [options.path ?? '/workspaces/account'],
      permission: options.user === 'outsider' ? 'deny' : 'allow',
    },
  );
}
