import { screen, within } from '@testing-library/react';
import { rest } from 'msw';
import { setupServer } from 'msw/node';
import type { Entity } from '@backstage/catalog-model';
import { registerMswTestHooks } from '@backstage/test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { aStackTemplate } from '../../__testUtils__/fixtures';
import {
  renderWithWorkspacesApi,
  workspacesBaseUrl,
} from '../../__testUtils__/renderWithWorkspacesApi';
import { WorkspacesUsingResourceCard } from './WorkspacesUsingResourceCard';

const server = setupServer();
registerMswTestHooks(server);
jest.setTimeout(30_000);

function aResourceEntity(annotation: string, type = 'stack-template'): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: {
      name: 'lakehouse-local',
      annotations: { 'oqullus.io/account-resource': annotation },
    },
    spec: { type, owner: 'group:default/platform' },
  };
}

function renderCard(entity: Entity) {
  return renderWithWorkspacesApi(
    <EntityProvider entity={entity}>
      <WorkspacesUsingResourceCard />
    </EntityProvider>,
  );
}

describe('WorkspacesUsingResourceCard', () => {
  it('lists the live workspaces built from the resource, linked to their pages', async () => {
    let requestedPath = '';
    server.use(
      rest.get(
        `${workspacesBaseUrl}/account/stack-templates/:name`,
        (req, res, ctx) => {
          requestedPath = req.url.pathname;
          return res(
            ctx.json({
              ...aStackTemplate(),
              usedBy: [
                {
                  id: 'w1',
                  name: 'Q4 pipelines',
                  externalId: 'ws-q4',
                  status: 'running',
                  approval: { state: 'not-required' },
                },
                {
                  id: 'w2',
                  name: 'Churn model',
                  externalId: 'ws-churn',
                  status: 'failed',
                  approval: { state: 'approved' },
                },
                {
                  id: 'w3',
                  name: 'Pricing lab',
                  externalId: 'ws-pricing',
                  status: 'created',
                  approval: { state: 'pending' },
                },
              ],
            }),
          );
        },
      ),
    );
    await renderCard(aResourceEntity('stack-templates/lakehouse-local'));

    expect(
      screen.getByText('Workspaces using this stack template'),
    ).toBeInTheDocument();
    const list = within(await screen.findByRole('list'));
    expect(list.getByRole('link', { name: 'Q4 pipelines' })).toHaveAttribute(
      'href',
      '/workspaces/w1',
    );
    expect(list.getByText('ws-churn')).toBeInTheDocument();
    expect(list.getByTestId('status-running')).toBeInTheDocument();
    expect(list.getByTestId('status-failed')).toBeInTheDocument();
    // A pending request reads as one, not as a plain Created workspace.
    expect(list.getByTestId('status-awaiting-approval')).toBeInTheDocument();
    expect(list.queryByTestId('status-created')).not.toBeInTheDocument();
    expect(requestedPath).toBe(
      '/api/workspaces/account/stack-templates/lakehouse-local',
    );
  });

  it('names the first ten of many workspaces and counts the rest', async () => {
    const usedBy = Array.from({ length: 1007 }, (_, i) => ({
      id: `w${i}`,
      name: `Workspace ${i}`,
      externalId: `ws-${i}`,
      status: 'created',
      approval: { state: 'not-required' },
    }));
    server.use(
      rest.get(
        `${workspacesBaseUrl}/account/stack-templates/:name`,
        (_req, res, ctx) => res(ctx.json({ ...aStackTemplate(), usedBy })),
      ),
    );
    await renderCard(aResourceEntity('stack-templates/lakehouse-local'));

    const list = within(await screen.findByRole('list'));
    expect(list.getAllByRole('link')).toHaveLength(10);
    expect(list.getByRole('link', { name: 'Workspace 9' })).toBeInTheDocument();
    expect(screen.getByText('and 997 more workspaces')).toBeInTheDocument();
  });

  it('says so when no live workspace uses the resource', async () => {
    server.use(
      rest.get(
        `${workspacesBaseUrl}/account/networks/:name`,
        (_req, res, ctx) =>
          res(ctx.json({ name: 'shared-dev-network', usedBy: [] })),
      ),
    );
    await renderCard(aResourceEntity('networks/shared-dev-network', 'network'));
    expect(
      await screen.findByText(
        'No live workspace that you may see uses this network.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Workspaces using this network'),
    ).toBeInTheDocument();
  });

  it("shows the server's sentence when the resource cannot be read", async () => {
    server.use(
      rest.get(
        `${workspacesBaseUrl}/account/cloud-credentials/:name`,
        (_req, res, ctx) =>
          res(
            ctx.status(404),
            ctx.json({
              error: {
                name: 'NotFoundError',
                message:
                  'No cloud credential is named old-sandbox; it may have been removed',
              },
              request: {
                method: 'GET',
                url: '/account/cloud-credentials/old-sandbox',
              },
              response: { statusCode: 404 },
            }),
          ),
      ),
    );
    await renderCard(
      aResourceEntity('cloud-credentials/old-sandbox', 'cloud-credential'),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'No cloud credential is named old-sandbox; it may have been removed',
    );
  });

  it('explains a malformed annotation instead of calling the API', async () => {
    await renderCard(aResourceEntity('lakehouse-local'));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /oqullus.io\/account-resource annotation must be <kind>\/<name>/,
    );
  });
});
