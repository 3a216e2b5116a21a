import { useState } from 'react';
import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { rest } from 'msw';
import { setupServer } from 'msw/node';
import { registerMswTestHooks } from '@backstage/test-utils';
import type { WorkspaceResourceList } from '@oqullus/plugin-workspaces-common';
import { aWorkspaceWithOperations } from '../../../__testUtils__/fixtures';
import {
  renderWithWorkspacesApi,
  workspacesBaseUrl,
} from '../../../__testUtils__/renderWithWorkspacesApi';
import { ResourcesCard } from './ResourcesCard';

jest.setTimeout(30_000);
configure({ asyncUtilTimeout: 10_000 });

const server = setupServer();
registerMswTestHooks(server);

const workspace = aWorkspaceWithOperations({ status: 'running' });

function serveResources(list: WorkspaceResourceList) {
  server.use(
    rest.get(
      `${workspacesBaseUrl}/workspaces/${workspace.id}/resources`,
      (_req, res, ctx) => res(ctx.json(list)),
    ),
  );
}

const rowsOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .map(row =>
      Array.from(row.querySelectorAll('th, td')).map(cell => cell.textContent),
    );

describe('ResourcesCard', () => {
  it('lists each resource with its component, address and type, data sources marked', async () => {
    serveResources({
      source: 'state',
      items: [
        {
          component: 'infrastructure',
          address: 'terraform_data.storage',
          type: 'terraform_data',
          mode: 'managed',
          provider: 'terraform.io/builtin/terraform',
        },
        {
          component: 'notebooks',
          address: 'data.http.health',
          type: 'http',
          mode: 'data',
        },
      ],
    });
    await renderWithWorkspacesApi(<ResourcesCard workspace={workspace} />);
    const table = await screen.findByRole('table', { name: 'Resources' });
    expect(rowsOf(table)).toEqual([
      ['Component', 'Address', 'Type'],
      ['infrastructure', 'terraform_data.storage', 'terraform_data'],
      ['notebooks', 'data.http.health', 'http (data source)'],
    ]);
    expect(
      within(table).getByRole('rowheader', { name: 'data.http.health' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'What the Terraform states hold; values are never shown.',
      ),
    ).toBeInTheDocument();
  });

  it('says resources appear after provisioning while there are none', async () => {
    serveResources({ source: 'state', items: [] });
    await renderWithWorkspacesApi(<ResourcesCard workspace={workspace} />);
    expect(
      await screen.findByText(
        'No resources yet: they appear after provisioning.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('says when the list comes from the last applies rather than the state', async () => {
    serveResources({
      source: 'last-apply',
      items: [
        {
          component: 'infrastructure',
          address: 'terraform_data.storage',
          type: 'terraform_data',
          mode: 'managed',
        },
      ],
    });
    await renderWithWorkspacesApi(<ResourcesCard workspace={workspace} />);
    expect(
      await screen.findByText(
        'This state storage cannot be read from the portal: the list shows what the last applies reported.',
      ),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('table', { name: 'Resources' }),
    ).toBeInTheDocument();
  });

  it('says what went wrong when the list cannot be loaded', async () => {
    server.use(
      rest.get(
        `${workspacesBaseUrl}/workspaces/${workspace.id}/resources`,
        (_req, res, ctx) =>
          res(
            ctx.status(404),
            ctx.json({
              error: {
                name: 'NotFoundError',
                message: `No workspace with id '${workspace.id}' is visible to you`,
              },
            }),
          ),
      ),
    );
    await renderWithWorkspacesApi(<ResourcesCard workspace={workspace} />);
    expect(
      await screen.findByText('Resources could not be loaded'),
    ).toBeInTheDocument();
  });

  it('reads the list again when a job ends, as provisioning fills the states', async () => {
    const provisioning = aWorkspaceWithOperations({
      status: 'provisioning',
      activeJob: {
        id: 'job-1',
        operation: 'provision',
        status: 'running',
        createdAt: '2026-12-03T10:00:00.000Z',
      },
    });
    const running = { ...provisioning, status: 'running', activeJob: null };
    let reads = 0;
    server.use(
      rest.get(
        `${workspacesBaseUrl}/workspaces/${provisioning.id}/resources`,
        (_req, res, ctx) => {
          reads += 1;
          return res(
            ctx.json({
              source: 'state',
              items:
                reads === 1
                  ? []
                  : [
                      {
                        component: 'infrastructure',
                        address: 'terraform_data.storage',
                        type: 'terraform_data',
                        mode: 'managed',
                      },
                    ],
            }),
          );
        },
      ),
    );
    function Page() {
      const [current, setCurrent] = useState(provisioning);
      return (
        <>
          <button onClick={() => setCurrent(running as typeof provisioning)}>
            Job ended
          </button>
          <ResourcesCard workspace={current} />
        </>
      );
    }
    await renderWithWorkspacesApi(<Page />);
    expect(
      await screen.findByText(
        'No resources yet: they appear after provisioning.',
      ),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Job ended' }));
    expect(
      await screen.findByRole('rowheader', { name: 'terraform_data.storage' }),
    ).toBeInTheDocument();
    expect(reads).toBe(2);
  });
});
