import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupServer } from 'msw/node';
import { registerMswTestHooks } from '@backstage/test-utils';
import { aWorkspaceWithOperations } from '../../../__testUtils__/fixtures';
import { renderWithWorkspacesApi } from '../../../__testUtils__/renderWithWorkspacesApi';
import { aMember, serveWorkspace } from '../__testUtils__/workspaceServer';
import { OverviewTab } from './OverviewTab';

jest.setTimeout(30_000);
configure({ asyncUtilTimeout: 10_000 });

const server = setupServer();
registerMswTestHooks(server);

// eslint-disable-next-line no-script-url -- the output a template could return, to show it is not linked
const SCRIPT_URL = 'javascript:alert(1)';

const table = (name: string) => screen.getByRole('table', { name });

describe('OverviewTab', () => {
  it('shows each account resource by its title, linked to its catalog entity', async () => {
    const workspace = aWorkspaceWithOperations({
      provisioning: {
        stackTemplate: 'lakehouse-local',
        cloudCredential: 'local-sandbox',
        stateStorage: 'builtin',
        network: 'shared-dev-network',
      },
    });
    serveWorkspace(server, workspace);
    await renderWithWorkspacesApi(<OverviewTab workspace={workspace} />);
    const provisioning = table('Provisioning configuration');
    const href = async (name: string) =>
      (await within(provisioning).findByRole('link', { name })).getAttribute(
        'href',
      );
    expect(await href('Lakehouse (runs offline)')).toBe(
      '/catalog/default/resource/stack-template-lakehouse-local',
    );
    expect(await href('Local sandbox')).toBe(
      '/catalog/default/resource/cloud-credential-local-sandbox',
    );
    expect(await href('Built-in state storage')).toBe(
      '/catalog/default/resource/state-storage-builtin',
    );
    expect(await href('Shared development network')).toBe(
      '/catalog/default/resource/network-shared-dev-network',
    );
    // The name stays beside the title, for scripts and support.
    expect(
      within(provisioning).getByText('lakehouse-local'),
    ).toBeInTheDocument();
  });

  it('says the template creates the network when none is chosen', async () => {
    const workspace = aWorkspaceWithOperations();
    serveWorkspace(server, workspace);
    await renderWithWorkspacesApi(<OverviewTab workspace={workspace} />);
    expect(
      within(table('Provisioning configuration')).getByText(
        'None (created by the template)',
      ),
    ).toBeInTheDocument();
  });

  it('lists template inputs by their titles, outputs and apps with their status', async () => {
    const workspace = aWorkspaceWithOperations();
    serveWorkspace(server, workspace);
    await renderWithWorkspacesApi(<OverviewTab workspace={workspace} />);
    const inputs = within(table('Template inputs'));
    expect(
      await inputs.findByRole('rowheader', { name: 'Region' }),
    ).toBeInTheDocument();
    expect(inputs.getByText('eu-west-1')).toBeInTheDocument();
    expect(
      within(table('Outputs')).getByRole('link', {
        name: /^https:\/\/warehouse\.example\.test/,
      }),
    ).toHaveAttribute('href', 'https://warehouse.example.test/');
    const apps = within(table('Apps'));
    expect(
      apps.getByRole('rowheader', { name: 'Orchestrator' }),
    ).toBeInTheDocument();
    expect(apps.getByText('Synced')).toBeInTheDocument();
  });

  it('links only real web addresses among the outputs, and copies each', async () => {
    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.assign(window.navigator, { clipboard: { writeText } });
    const workspace = aWorkspaceWithOperations({
      outputs: {
        console_url: 'http://console.example.test/lake',
        // An output is data: a script URL must stay text, never become a link.
        script_url: SCRIPT_URL,
        bucket: 's3://lake-bucket',
      },
    });
    serveWorkspace(server, workspace);
    await renderWithWorkspacesApi(<OverviewTab workspace={workspace} />);
    const outputs = within(table('Outputs'));
    expect(
      outputs.getAllByRole('link').map(link => link.getAttribute('href')),
    ).toEqual(['http://console.example.test/lake']);
    expect(outputs.getByText(SCRIPT_URL).tagName).toBe('CODE');
    await userEvent.click(outputs.getByRole('button', { name: 'Copy bucket' }));
    expect(writeText).toHaveBeenCalledWith('s3://lake-bucket');
  });

  it('lists members with their role', async () => {
    const workspace = aWorkspaceWithOperations();
    serveWorkspace(server, workspace, [
      aMember({ ref: 'user:default/tara.lead', role: 'admin' }),
    ]);
    await renderWithWorkspacesApi(<OverviewTab workspace={workspace} />);
    const members = await screen.findByRole('table', { name: 'Members' });
    expect(within(members).getByText('Workspace admin')).toBeInTheDocument();
    expect(within(members).getByText(/tara\.lead/)).toBeInTheDocument();
  });

  it('shows the approval record', async () => {
    const workspace = aWorkspaceWithOperations({
      status: 'created',
      approval: {
        state: 'rejected',
        requestedBy: 'user:default/dana.dev',
        requestedAt: '2026-11-28T10:00:00.000Z',
        decidedBy: 'user:default/adrian.admin',
        decidedAt: '2026-11-28T11:00:00.000Z',
        comment: 'Use the shared cluster instead',
      },
    });
    serveWorkspace(server, workspace);
    await renderWithWorkspacesApi(<OverviewTab workspace={workspace} />);
    const approval = within(table('Approval'));
    expect(approval.getByText('Rejected')).toBeInTheDocument();
    expect(approval.getByText(/adrian\.admin/)).toBeInTheDocument();
    expect(
      approval.getByText('Use the shared cluster instead'),
    ).toBeInTheDocument();
  });

  it('puts the failure reason first on a Failed workspace, with what to do', async () => {
    const workspace = aWorkspaceWithOperations({
      status: 'failed',
      failureReason: 'terraform apply failed: quota exceeded for compute',
    });
    serveWorkspace(server, workspace);
    await renderWithWorkspacesApi(<OverviewTab workspace={workspace} />);
    const failure = screen.getByTestId('failure-reason');
    expect(failure).toHaveTextContent(
      'terraform apply failed: quota exceeded for compute',
    );
    expect(failure).toHaveTextContent(/retry Provision Infrastructure/);
  });

  it('shows no failure panel when the workspace has not failed', async () => {
    const workspace = aWorkspaceWithOperations();
    serveWorkspace(server, workspace);
    await renderWithWorkspacesApi(<OverviewTab workspace={workspace} />);
    expect(screen.queryByTestId('failure-reason')).toBeNull();
  });

  it("links the workspace's own catalog entity", async () => {
    const workspace = aWorkspaceWithOperations();
    serveWorkspace(server, workspace);
    await renderWithWorkspacesApi(<OverviewTab workspace={workspace} />);
    expect(
      screen.getByRole('link', { name: 'resource:default/ws-q4pipelines' }),
    ).toHaveAttribute('href', '/catalog/default/resource/ws-q4pipelines');
  });
});
