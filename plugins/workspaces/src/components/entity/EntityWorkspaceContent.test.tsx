import { configure, screen, waitFor } from '@testing-library/react';
import { setupServer } from 'msw/node';
import type { Entity } from '@backstage/catalog-model';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { registerMswTestHooks } from '@backstage/test-utils';
import { aWorkspaceWithOperations } from '../../__testUtils__/fixtures';
import { renderWithWorkspacesApi } from '../../__testUtils__/renderWithWorkspacesApi';
import { serveWorkspace } from '../WorkspacePage/__testUtils__/workspaceServer';
import { EntityWorkspaceContent } from './EntityWorkspaceContent';

jest.setTimeout(30_000);
configure({ asyncUtilTimeout: 10_000 });

const server = setupServer();
registerMswTestHooks(server);

function workspaceEntity(annotations: Record<string, string>): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: { name: 'ws-q4pipelines', annotations },
    spec: { type: 'workspace', owner: 'group:default/data-engineering' },
  };
}

describe('EntityWorkspaceContent', () => {
  it('shows the workspace named by the oqullus.io/workspace-id annotation with its operations and overview', async () => {
    const workspace = aWorkspaceWithOperations(
      { id: 'from-the-annotation', status: 'created' },
      { 'sync-apps': 'Sync Apps needs a Running workspace' },
    );
    const { eventReads } = serveWorkspace(server, workspace);
    await renderWithWorkspacesApi(
      <EntityProvider
        entity={workspaceEntity({
          'oqullus.io/workspace-id': 'from-the-annotation',
        })}
      >
        <EntityWorkspaceContent />
      </EntityProvider>,
    );
    expect(await screen.findByTestId('status-created')).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Provision Infrastructure' }),
    ).toBeEnabled();
    const syncApps = screen.getByRole('button', { name: 'Sync Apps' });
    expect(syncApps).toHaveAttribute('aria-disabled', 'true');
    expect(syncApps).toHaveAccessibleDescription(
      'Sync Apps needs a Running workspace',
    );
    expect(screen.getByText('Provisioning configuration')).toBeInTheDocument();
    // The Events tab reads the same workspace's events.
    await waitFor(() => expect(eventReads()).toBeGreaterThan(0));
  });

  it('shows a pending request as Awaiting approval, with the banner', async () => {
    serveWorkspace(
      server,
      aWorkspaceWithOperations({
        id: 'from-the-annotation',
        status: 'created',
        approval: { state: 'pending' },
      }),
    );
    await renderWithWorkspacesApi(
      <EntityProvider
        entity={workspaceEntity({
          'oqullus.io/workspace-id': 'from-the-annotation',
        })}
      >
        <EntityWorkspaceContent />
      </EntityProvider>,
    );
    expect(
      await screen.findByTestId('status-awaiting-approval'),
    ).toHaveTextContent('Awaiting approval');
    expect(screen.getByTestId('approval-banner')).toHaveTextContent(
      'An Account Owner or Admin must approve this request',
    );
  });

  it('says which annotation is missing', async () => {
    await renderWithWorkspacesApi(
      <EntityProvider entity={workspaceEntity({})}>
        <EntityWorkspaceContent />
      </EntityProvider>,
    );
    expect(
      screen.getAllByText(/oqullus\.io\/workspace-id/).length,
    ).toBeGreaterThan(0);
  });
});
