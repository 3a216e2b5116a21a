import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { rest } from 'msw';
import { setupServer } from 'msw/node';
import { Navigate, Route, Routes } from 'react-router-dom';
import { registerMswTestHooks } from '@backstage/test-utils';
import { aWorkspaceWithOperations } from '../../__testUtils__/fixtures';
import {
  renderWithWorkspacesApi,
  workspacesBaseUrl,
} from '../../__testUtils__/renderWithWorkspacesApi';
import { renderWorkspacePage } from './__testUtils__/renderWorkspacePage';
import { serveWorkspace } from './__testUtils__/workspaceServer';
import { focusHeadingState } from './headingFocusOnArrival';
import { WorkspacePage } from './WorkspacePage';

// The whole page with its tabs takes a few seconds to render in jsdom.
jest.setTimeout(30_000);
configure({ asyncUtilTimeout: 10_000 });

const server = setupServer();
registerMswTestHooks(server);

const id = aWorkspaceWithOperations().id;
const renderPage = (path = `/workspaces/${id}`) => renderWorkspacePage(path);

describe('WorkspacePage', () => {
  it('shows a spinner while the workspace loads', async () => {
    server.use(
      rest.get(`${workspacesBaseUrl}/workspaces/${id}`, (_req, res, ctx) =>
        res(ctx.delay('infinite')),
      ),
    );
    await renderPage();
    expect(screen.getByTestId('progress')).toBeInTheDocument();
  });

  it('says the workspace was not found, with a way back to My Workspaces', async () => {
    server.use(
      rest.get(`${workspacesBaseUrl}/workspaces/${id}`, (_req, res, ctx) =>
        res(
          ctx.status(404),
          ctx.json({
            error: { name: 'NotFoundError', message: 'No workspace here' },
          }),
        ),
      ),
    );
    await renderPage();
    expect(await screen.findByText('Workspace not found')).toBeInTheDocument();
    expect(
      screen.getByText('Back to My Workspaces').closest('a'),
    ).toHaveAttribute('href', '/workspaces');
  });

  it("shows the server's sentence when loading fails", async () => {
    server.use(
      rest.get(`${workspacesBaseUrl}/workspaces/${id}`, (_req, res, ctx) =>
        res(
          ctx.status(500),
          ctx.json({
            error: { name: 'Error', message: 'The database is unreachable' },
          }),
        ),
      ),
    );
    await renderPage();
    expect(
      (await screen.findAllByText(/The database is unreachable/)).length,
    ).toBeGreaterThan(0);
  });

  it('shows the name, external ID, owner and description in the header', async () => {
    serveWorkspace(server, aWorkspaceWithOperations());
    await renderPage();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Q4 pipelines' }),
    ).toBeInTheDocument();
    expect(screen.getAllByText('ws-q4pipelines').length).toBeGreaterThan(0);
    expect(
      screen.getByText('Batch pipelines for the Q4 close'),
    ).toBeInTheDocument();
    expect(screen.getByText(/data-engineering/)).toBeInTheDocument();
  });

  it('moves the focus to the heading on arrival from Create, and only then', async () => {
    serveWorkspace(server, aWorkspaceWithOperations());
    // Create navigates with focusHeadingState once the workspace exists.
    await renderWithWorkspacesApi(
      <Routes>
        <Route
          path="/created"
          element={
            <Navigate
              to={`/workspaces/${id}/events`}
              state={focusHeadingState}
            />
          }
        />
        <Route path="/workspaces/:id/*" element={<WorkspacePage />} />
      </Routes>,
      { routeEntries: ['/created'] },
    );
    const heading = await screen.findByRole('heading', {
      level: 1,
      name: 'Q4 pipelines',
    });
    await waitFor(() => expect(heading).toHaveFocus());
  });

  it('leaves the focus alone when the page is opened directly', async () => {
    serveWorkspace(server, aWorkspaceWithOperations());
    await renderPage(`/workspaces/${id}/events`);
    const heading = await screen.findByRole('heading', {
      level: 1,
      name: 'Q4 pipelines',
    });
    expect(heading).not.toHaveFocus();
  });

  it('deletes from the Settings danger zone only after the exact workspace name is typed', async () => {
    const { sent } = serveWorkspace(server, aWorkspaceWithOperations());
    await renderPage(`/workspaces/${id}/settings`);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Delete' }),
    );
    const dialog = screen.getByRole('dialog');
    expect(dialog).toHaveTextContent(/permanent/);
    expect(dialog).toHaveTextContent(/destroys all cloud resources/);
    const confirm = within(dialog).getByRole('button', {
      name: 'Delete workspace',
    });
    const name = within(dialog).getByRole('textbox', {
      name: 'Workspace name',
    });
    await userEvent.type(name, 'q4 pipelines');
    expect(confirm).toBeDisabled();
    await userEvent.clear(name);
    await userEvent.type(name, 'Q4 pipelines');
    expect(confirm).toBeEnabled();
    expect(sent).toEqual([]);
    await userEvent.click(confirm);
    await waitFor(() =>
      expect(sent).toEqual([
        expect.objectContaining({
          method: 'DELETE',
          path: `/workspaces/${id}`,
        }),
      ]),
    );
  });

  it('shows the Overview tab at /workspaces/:id', async () => {
    serveWorkspace(server, aWorkspaceWithOperations());
    await renderPage();
    expect(
      await screen.findByText('Provisioning configuration'),
    ).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Overview' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
  });

  it('shows the Events tab at /workspaces/:id/events', async () => {
    serveWorkspace(server, aWorkspaceWithOperations());
    await renderPage(`/workspaces/${id}/events`);
    expect(await screen.findByRole('tab', { name: 'Events' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    expect(screen.queryByText('Provisioning configuration')).toBeNull();
  });

  it('shows the Settings tab at /workspaces/:id/settings', async () => {
    serveWorkspace(server, aWorkspaceWithOperations());
    await renderPage(`/workspaces/${id}/settings`);
    expect(await screen.findByText('Name and description')).toBeInTheDocument();
    expect(screen.getByText('Danger zone')).toBeInTheDocument();
  });
});
