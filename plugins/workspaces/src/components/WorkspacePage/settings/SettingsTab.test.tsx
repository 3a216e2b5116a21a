import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupServer } from 'msw/node';
import { registerMswTestHooks } from '@backstage/test-utils';
import { aWorkspaceWithOperations } from '../../../__testUtils__/fixtures';
import { renderWithWorkspacesApi } from '../../../__testUtils__/renderWithWorkspacesApi';
import { aMember, serveWorkspace } from '../__testUtils__/workspaceServer';
import { SettingsTab } from './SettingsTab';

jest.setTimeout(30_000);
configure({ asyncUtilTimeout: 10_000 });

const server = setupServer();
registerMswTestHooks(server);

const workspace = aWorkspaceWithOperations();
const onChanged = jest.fn();

function renderSettings(
  permission: 'allow' | 'deny' = 'allow',
  shown = workspace,
) {
  return renderWithWorkspacesApi(
    <SettingsTab workspace={shown} onChanged={onChanged} />,
    { permission },
  );
}

describe('SettingsTab', () => {
  it('explains an invalid name inline and keeps Save disabled', async () => {
    const { sent } = serveWorkspace(server, workspace);
    await renderSettings();
    const name = await screen.findByRole('textbox', { name: /Name/ });
    await userEvent.clear(name);
    await userEvent.type(name, 'Q4/pipelines');
    expect(
      screen.getByText(/Workspace name may only contain letters/),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
    expect(sent).toEqual([]);
  });

  it('saves a new name and description', async () => {
    const { sent } = serveWorkspace(server, workspace);
    await renderSettings();
    const name = await screen.findByRole('textbox', { name: /Name/ });
    await userEvent.clear(name);
    await userEvent.paste('Q4 pipelines v2');
    const description = screen.getByRole('textbox', { name: 'Description' });
    await userEvent.clear(description);
    await userEvent.paste('Now with streaming');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(sent).toEqual([
        {
          method: 'PATCH',
          path: `/workspaces/${workspace.id}`,
          body: { name: 'Q4 pipelines v2', description: 'Now with streaming' },
        },
      ]),
    );
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
  });

  it('disables editing and says why when the update permission is denied', async () => {
    // Another id: usePermission caches decisions per resource across renders.
    const refused = aWorkspaceWithOperations({ id: 'workspace-refused' });
    serveWorkspace(server, refused, [aMember()]);
    await renderSettings('deny', refused);
    expect(await screen.findByRole('textbox', { name: /Name/ })).toBeDisabled();
    expect(
      screen.getAllByText(/Only the owner, a workspace admin/).length,
    ).toBeGreaterThan(0);
    expect(
      await screen.findByRole('button', {
        name: 'Remove user:default/noah.analyst',
      }),
    ).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Add member' })).toBeNull();
  });

  it('adds a member with the chosen role', async () => {
    const { sent } = serveWorkspace(server, workspace);
    await renderSettings();
    await userEvent.click(
      await screen.findByRole('textbox', { name: 'User or group' }),
    );
    await userEvent.paste('user:default/tara.lead');
    const form = screen.getByRole('form', { name: 'Add a member' });
    await userEvent.click(within(form).getByRole('button', { name: /Role/ }));
    await userEvent.click(screen.getByRole('option', { name: 'Operator' }));
    await userEvent.click(
      within(form).getByRole('button', { name: 'Add member' }),
    );
    await waitFor(() =>
      expect(sent).toEqual([
        {
          method: 'PUT',
          path: `/workspaces/${workspace.id}/members/user:default/tara.lead`,
          body: { role: 'operator' },
        },
      ]),
    );
  });

  it('refuses a member that is not a user or group', async () => {
    const { sent } = serveWorkspace(server, workspace);
    await renderSettings();
    await userEvent.click(
      await screen.findByRole('textbox', { name: 'User or group' }),
    );
    await userEvent.paste('component:default/api');
    await userEvent.click(screen.getByRole('button', { name: 'Add member' }));
    expect(
      screen.getByText(/only a user or a group can own or join a workspace/),
    ).toBeInTheDocument();
    expect(sent).toEqual([]);
  });

  it('removes a member', async () => {
    const { sent } = serveWorkspace(server, workspace, [aMember()]);
    await renderSettings();
    await userEvent.click(
      await screen.findByRole('button', {
        name: 'Remove user:default/noah.analyst',
      }),
    );
    await waitFor(() =>
      expect(sent).toEqual([
        expect.objectContaining({
          method: 'DELETE',
          path: `/workspaces/${workspace.id}/members/user:default/noah.analyst`,
        }),
      ]),
    );
  });

  it("changes a member's role", async () => {
    const { sent } = serveWorkspace(server, workspace, [aMember()]);
    await renderSettings();
    await userEvent.click(
      await screen.findByRole('button', {
        name: /Role of user:default\/noah.analyst/,
      }),
    );
    await userEvent.click(
      screen.getByRole('option', { name: 'Workspace admin' }),
    );
    await waitFor(() =>
      expect(sent).toEqual([
        {
          method: 'PUT',
          path: `/workspaces/${workspace.id}/members/user:default/noah.analyst`,
          body: { role: 'admin' },
        },
      ]),
    );
  });

  it('offers Delete in the danger zone behind the typed-name dialog', async () => {
    serveWorkspace(server, workspace);
    await renderSettings();
    await userEvent.click(
      await screen.findByRole('button', { name: 'Delete' }),
    );
    expect(
      within(screen.getByRole('dialog')).getByRole('button', {
        name: 'Delete workspace',
      }),
    ).toBeDisabled();
  });
});
