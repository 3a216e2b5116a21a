import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { rest } from 'msw';
import { setupServer } from 'msw/node';
import { registerMswTestHooks } from '@backstage/test-utils';
import { aWorkspaceWithOperations } from '../../../__testUtils__/fixtures';
import {
  renderWithWorkspacesApi,
  workspacesBaseUrl,
} from '../../../__testUtils__/renderWithWorkspacesApi';
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

  it('adds a member picked from the catalog by name, with the chosen role', async () => {
    const { sent } = serveWorkspace(server, workspace);
    await renderSettings();
    await userEvent.type(
      await screen.findByRole('textbox', { name: 'User or group' }),
      'Tara',
    );
    await userEvent.click(
      await screen.findByRole('option', { name: /Tara Lead/ }),
    );
    const form = screen.getByRole('form', { name: 'Add a member' });
    expect(form).toHaveTextContent('user:default/tara.lead');
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

  it('offers groups by their title', async () => {
    serveWorkspace(server, workspace);
    await renderSettings();
    await userEvent.type(
      await screen.findByRole('textbox', { name: 'User or group' }),
      'engineering',
    );
    expect(
      await screen.findByRole('option', {
        name: /Data Engineering.*group:default\/data-engineering/,
      }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('option', { name: /Tara Lead/ })).toBeNull();
  });

  it('asks to pick a user or group before adding, and sends nothing', async () => {
    const { sent } = serveWorkspace(server, workspace);
    await renderSettings();
    await userEvent.click(
      await screen.findByRole('button', { name: 'Add member' }),
    );
    expect(screen.getByText('Pick a user or group first')).toBeInTheDocument();
    expect(sent).toEqual([]);
  });

  it("shows the server's refusal of a member the catalog no longer holds", async () => {
    serveWorkspace(server, workspace);
    server.use(
      rest.put(
        `${workspacesBaseUrl}/workspaces/${workspace.id}/members/:ref`,
        (_req, res, ctx) =>
          res(
            ctx.status(400),
            ctx.json({
              error: {
                name: 'InputError',
                message:
                  'user:default/tara.lead is not in the catalog: pick a user or group that exists',
              },
            }),
          ),
      ),
    );
    await renderSettings();
    await userEvent.type(
      await screen.findByRole('textbox', { name: 'User or group' }),
      'Tara',
    );
    await userEvent.click(
      await screen.findByRole('option', { name: /Tara Lead/ }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Add member' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Adding the member failed');
    expect(alert).toHaveTextContent(
      'user:default/tara.lead is not in the catalog: pick a user or group that exists',
    );
  });

  it('explains what each role may do where roles are chosen', async () => {
    serveWorkspace(server, workspace);
    await renderSettings();
    const roles = await screen.findByLabelText('What each role may do');
    expect(roles).toHaveTextContent(
      'Workspace adminRuns Provision Infrastructure, Sync Infrastructure, Sync Apps, Cancel job; changes the name, template inputs and members',
    );
    expect(roles).toHaveTextContent(
      'OperatorRuns Provision Infrastructure, Sync Infrastructure, Sync Apps, Cancel job; cannot change settings or members',
    );
    expect(roles).toHaveTextContent(
      'ViewerSees the workspace, its events and outputs; changes nothing',
    );
  });

  it('removes a member only after confirming', async () => {
    const { sent } = serveWorkspace(server, workspace, [aMember()]);
    await renderSettings();
    await userEvent.click(
      await screen.findByRole('button', {
        name: 'Remove user:default/noah.analyst',
      }),
    );
    const dialog = screen.getByRole('dialog');
    expect(dialog).toHaveTextContent('loses the Viewer role');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Keep member' }),
    );
    expect(sent).toEqual([]);
    await userEvent.click(
      screen.getByRole('button', { name: 'Remove user:default/noah.analyst' }),
    );
    await userEvent.click(
      within(screen.getByRole('dialog')).getByRole('button', {
        name: 'Remove member',
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
