import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { rest } from 'msw';
import { setupServer } from 'msw/node';
import { registerMswTestHooks } from '@backstage/test-utils';
import type {
  AccountResourceKind,
  AccountResourceValidation,
} from '@oqullus/plugin-workspaces-common';
import {
  InMemoryWorkspacesApi,
  type InMemoryWorkspacesFixtures,
} from '@oqullus/plugin-workspaces-common/testUtils';
import { aStackTemplate } from '../../__testUtils__/fixtures';
import { workspacesBaseUrl } from '../../__testUtils__/renderWithWorkspacesApi';
import { serveWorkspacesApi } from '../../__testUtils__/serveWorkspacesApi';
import {
  aCloudCredential,
  anErrorBody,
  renderAccountPage,
} from './__testUtils__/accountFixtures';

const server = setupServer();
registerMswTestHooks(server);
// The page renders a full material-table; on a busy machine that takes seconds.
jest.setTimeout(30_000);
configure({ asyncUtilTimeout: 5_000 });

const account = `${workspacesBaseUrl}/account`;

/**
 * Serves the account from the in-memory workspaces API: these resources, and
 * what a check of each finds. Handlers a test adds afterwards take precedence.
 */
function serveAccount(
  resources: Partial<Record<AccountResourceKind, unknown[]>>,
  checks: Record<string, AccountResourceValidation> = {},
) {
  serveWorkspacesApi(
    server,
    new InMemoryWorkspacesApi({
      accountResources:
        resources as InMemoryWorkspacesFixtures['accountResources'],
      accountResourceChecks: checks,
    }),
  );
}

const renderPage = (path?: string) => renderAccountPage({ path });

describe('AccountPage for an account manager', () => {
  it('shows the server sentence when the backend refuses the list', async () => {
    server.use(
      rest.get(`${account}/stack-templates`, (_req, res, ctx) =>
        res(
          ctx.status(403),
          ctx.json(
            anErrorBody(
              'NotAllowedError',
              403,
              'Seeing the account needs the Account Owner or Admin role',
            ),
          ),
        ),
      ),
    );
    await renderPage();
    expect(
      (
        await screen.findAllByText(
          /Seeing the account needs the Account Owner or Admin role/,
        )
      ).length,
    ).toBeGreaterThan(0);
  });

  it('lists resources with each validation status, its messages and when it was checked', async () => {
    const statuses: AccountResourceValidation[] = [
      {
        status: 'valid',
        messages: [],
        checkedAt: new Date(Date.now() - 5 * 60_000).toISOString(),
      },
      { status: 'warning', messages: ['Version 1.0.0 is not tagged'] },
      {
        status: 'broken',
        messages: ['Directory lakehouse-gone does not exist'],
      },
      { status: 'unknown', messages: [] },
    ];
    serveAccount({
      'stack-templates': statuses.map((validation, index) =>
        aStackTemplate({
          name: `template-${index}`,
          title: `Template ${index}`,
          validation,
        }),
      ),
    });
    await renderPage();
    expect(await screen.findByTestId('validation-valid')).toHaveTextContent(
      'Valid',
    );
    expect(screen.getByTestId('validation-warning')).toHaveTextContent(
      'Warning',
    );
    expect(screen.getByTestId('validation-broken')).toHaveTextContent('Broken');
    expect(screen.getByTestId('validation-unknown')).toHaveTextContent(
      'Not checked',
    );
    expect(screen.getByText('Version 1.0.0 is not tagged')).toBeInTheDocument();
    expect(
      screen.getByText('Directory lakehouse-gone does not exist'),
    ).toBeInTheDocument();
    expect(screen.getByText('5 minutes ago').closest('div')).toHaveTextContent(
      'Checked 5 minutes ago',
    );
  });

  it('links the workspaces that use a resource', async () => {
    serveAccount({
      'stack-templates': [
        {
          ...aStackTemplate(),
          usedBy: [
            {
              id: 'ws-1',
              name: 'Q4 pipelines',
              externalId: 'ws-q4',
              status: 'running',
              approval: { state: 'not-required' },
            },
            {
              id: 'ws-2',
              name: 'Churn model',
              externalId: 'ws-churn',
              status: 'failed',
              approval: { state: 'not-required' },
            },
          ],
        },
      ],
    });
    await renderPage();
    expect(await screen.findByText('2 workspaces')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Q4 pipelines' })).toHaveAttribute(
      'href',
      '/workspaces/ws-1',
    );
    expect(screen.getByRole('link', { name: 'Churn model' })).toHaveAttribute(
      'href',
      '/workspaces/ws-2',
    );
  });

  it('links the first few of many workspaces and counts the rest', async () => {
    const usedBy = Array.from({ length: 8 }, (_, index) => ({
      id: `ws-${index}`,
      name: `Bench ${index}`,
      externalId: `ws-bench-${index}`,
      status: 'running' as const,
      approval: { state: 'not-required' as const },
    }));
    serveAccount({ 'stack-templates': [{ ...aStackTemplate(), usedBy }] });
    await renderPage();
    expect(await screen.findByText('8 workspaces')).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: /^Bench \d$/ })).toHaveLength(5);
    expect(screen.getByText('and 3 more')).toBeInTheDocument();
  });
  it('offers Edit and Delete only for resources registered here', async () => {
    serveAccount({
      'cloud-credentials': [
        aCloudCredential({
          name: 'from-config',
          title: 'From config',
          origin: 'config',
        }),
        aCloudCredential({
          name: 'from-api',
          title: 'From API',
          origin: 'database',
        }),
      ],
    });
    await renderPage('/workspaces/account/cloud-credentials');
    expect(await screen.findByText('from-config')).toBeInTheDocument();
    expect(
      screen.getByText('Declared in app-config (read-only)'),
    ).toBeInTheDocument();
    expect(screen.getByText('Registered here')).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Edit From API (from-api)' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Delete From API (from-api)' }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: /(Edit|Delete) From config/ }),
    ).not.toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Check From config (from-config)' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Edit in app-config')).toBeInTheDocument();
  });

  it('shows why a resource in use cannot be deleted', async () => {
    let deleted = false;
    serveAccount({ 'cloud-credentials': [aCloudCredential()] });
    server.use(
      rest.delete(`${account}/cloud-credentials/aws-prod`, (_req, res, ctx) => {
        deleted = true;
        return res(
          ctx.status(409),
          ctx.json(
            anErrorBody(
              'ConflictError',
              409,
              'Cloud credential aws-prod is used by live workspaces Q4 pipelines; delete or move them first',
            ),
          ),
        );
      }),
    );
    await renderPage('/workspaces/account/cloud-credentials');
    await userEvent.click(
      await screen.findByRole('button', {
        name: 'Delete AWS production (aws-prod)',
      }),
    );
    const dialog = screen.getByRole('dialog');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Delete' }),
    );
    expect(
      await within(dialog).findByText(
        'Cloud credential aws-prod is used by live workspaces Q4 pipelines; delete or move them first',
      ),
    ).toBeInTheDocument();
    expect(deleted).toBe(true);
  });

  it('deletes a resource and loads the list again', async () => {
    serveAccount({ 'cloud-credentials': [aCloudCredential()] });
    await renderPage('/workspaces/account/cloud-credentials');
    await userEvent.click(
      await screen.findByRole('button', {
        name: 'Delete AWS production (aws-prod)',
      }),
    );
    await userEvent.click(
      within(screen.getByRole('dialog')).getByRole('button', {
        name: 'Delete',
      }),
    );
    expect(
      await screen.findByText('No cloud credentials yet.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('runs a check and shows its result in place of the old status', async () => {
    serveAccount(
      {
        networks: [
          {
            name: 'shared-dev-network',
            title: 'Shared development network',
            origin: 'config',
            provider: 'other',
            networkId: 'shared-dev-net',
            validation: { status: 'unknown', messages: [] },
          },
        ],
      },
      {
        'shared-dev-network': {
          status: 'broken',
          messages: [
            'Network shared-dev-net was not found in region eu-west-1',
          ],
          checkedAt: new Date().toISOString(),
        },
      },
    );
    await renderPage('/workspaces/account/networks');
    expect(await screen.findByTestId('validation-unknown')).toBeInTheDocument();
    await userEvent.click(
      screen.getByRole('button', {
        name: 'Check Shared development network (shared-dev-network)',
      }),
    );
    expect(await screen.findByTestId('validation-broken')).toBeInTheDocument();
    expect(screen.queryByTestId('validation-unknown')).not.toBeInTheDocument();
    expect(
      screen.getByText(
        'Network shared-dev-net was not found in region eu-west-1',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(
      'Checked shared-dev-network: broken',
    );
  });
});
