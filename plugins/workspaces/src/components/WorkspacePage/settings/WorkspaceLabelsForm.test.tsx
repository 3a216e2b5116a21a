import { configure, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { rest } from 'msw';
import { setupServer } from 'msw/node';
import { registerMswTestHooks } from '@backstage/test-utils';
import { aWorkspaceWithOperations } from '../../../__testUtils__/fixtures';
import {
  renderWithWorkspacesApi,
  workspacesBaseUrl,
} from '../../../__testUtils__/renderWithWorkspacesApi';
import { serveWorkspace } from '../__testUtils__/workspaceServer';
import { SettingsTab } from './SettingsTab';

jest.setTimeout(30_000);
configure({ asyncUtilTimeout: 10_000 });

const server = setupServer();
registerMswTestHooks(server);

describe('Labels in the Settings tab', () => {
  it('adds a label and saves the labels as a whole', async () => {
    const workspace = aWorkspaceWithOperations({
      labels: { team: 'data-platform' },
    });
    const { sent } = serveWorkspace(server, workspace);
    await renderWithWorkspacesApi(
      <SettingsTab workspace={workspace} onChanged={jest.fn()} />,
      { permission: 'allow' },
    );
    expect(
      await screen.findByRole('textbox', { name: 'Label key 1' }),
    ).toHaveValue('team');
    const save = screen.getByRole('button', { name: 'Save labels' });
    expect(save).toBeDisabled();

    await userEvent.click(
      screen.getByRole('button', { name: 'Add label row' }),
    );
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Label key 2' }),
      'environment',
    );
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Label value 2' }),
      'staging',
    );
    await userEvent.click(save);
    await waitFor(() =>
      expect(sent).toEqual([
        {
          method: 'PATCH',
          path: `/workspaces/${workspace.id}`,
          body: {
            labels: { team: 'data-platform', environment: 'staging' },
          },
        },
      ]),
    );
  });

  it('says when a key is given twice and does not send it', async () => {
    const workspace = aWorkspaceWithOperations({
      id: 'workspace-twice',
      labels: { team: 'data' },
    });
    const { sent } = serveWorkspace(server, workspace);
    await renderWithWorkspacesApi(
      <SettingsTab workspace={workspace} onChanged={jest.fn()} />,
      { permission: 'allow' },
    );
    await userEvent.click(
      await screen.findByRole('button', { name: 'Add label row' }),
    );
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Label key 2' }),
      'team',
    );
    expect(
      screen.getAllByText('"team" is given twice; each key must be unique')
        .length,
    ).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: 'Save labels' })).toBeDisabled();
    expect(sent).toEqual([]);
  });

  it("shows the API's refusal of a label with what to change", async () => {
    const workspace = aWorkspaceWithOperations({
      id: 'workspace-refused-label',
      labels: {},
    });
    serveWorkspace(server, workspace);
    server.use(
      rest.patch(
        `${workspacesBaseUrl}/workspaces/${workspace.id}`,
        (_req, res, ctx) =>
          res(
            ctx.status(400),
            ctx.json({
              error: {
                name: 'InputError',
                message:
                  "labels.team: A label value may only contain letters, digits, '-', '_' and '.', and starts and ends with a letter or digit (or is empty)",
              },
            }),
          ),
      ),
    );
    await renderWithWorkspacesApi(
      <SettingsTab workspace={workspace} onChanged={jest.fn()} />,
      { permission: 'allow' },
    );
    await userEvent.click(
      await screen.findByRole('button', { name: 'Add label row' }),
    );
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Label key 1' }),
      'team',
    );
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Label value 1' }),
      'data platform',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Save labels' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Save labels failed');
    expect(alert).toHaveTextContent(
      'labels.team: A label value may only contain',
    );
  });

  it('shows the labels read-only to someone who may not change them', async () => {
    const workspace = aWorkspaceWithOperations({
      id: 'workspace-read-only-labels',
      labels: { team: 'data', tier: '' },
    });
    serveWorkspace(server, workspace);
    await renderWithWorkspacesApi(
      <SettingsTab workspace={workspace} onChanged={jest.fn()} />,
      { permission: 'deny' },
    );
    expect(await screen.findByText('team=data, tier')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save labels' })).toBeNull();
  });
});
