import { configure, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { rest } from 'msw';
import { setupServer } from 'msw/node';
import { registerMswTestHooks } from '@backstage/test-utils';
import type { KeptState } from '@oqullus/plugin-workspaces-common';
import {
  renderWithWorkspacesApi,
  workspacesBaseUrl,
} from '../../../__testUtils__/renderWithWorkspacesApi';
import { KeptStatesPanel } from './KeptStatesPanel';

jest.setTimeout(30_000);
configure({ asyncUtilTimeout: 10_000 });

const server = setupServer();
registerMswTestHooks(server);

const kept: KeptState = {
  jobId: 'b9f7c1de-1111-4a4a-9a9a-0000000000aa',
  component: 'infrastructure',
  serial: 3,
  reason:
    'Pushing it into the built-in storage was refused: the state is locked by user:default/adrian.admin; push it once that lock is released',
  keptAt: '2026-12-03T10:00:00.000Z',
};
const pushUrl = `${workspacesBaseUrl}/jobs/${kept.jobId}/kept-states/infrastructure/push`;

describe('KeptStatesPanel', () => {
  it('lets an Account Owner or Admin push a kept state, and refreshes the workspace', async () => {
    const pushes: string[] = [];
    server.use(
      rest.post(pushUrl, (req, res, ctx) => {
        pushes.push(req.url.pathname);
        return res(
          ctx.json({
            component: 'infrastructure',
            serial: 3,
            outcome: 'pushed',
          }),
        );
      }),
    );
    const onChanged = jest.fn();
    await renderWithWorkspacesApi(
      <KeptStatesPanel
        workspaceId="ws-1"
        keptStates={[kept]}
        onChanged={onChanged}
      />,
    );
    expect(
      screen.getByRole('heading', {
        name: 'Terraform could not save a state of this workspace',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/the state is locked by user:default\/adrian\.admin/),
    ).toBeInTheDocument();
    await userEvent.click(
      screen.getByRole('button', { name: 'Push the state of infrastructure' }),
    );
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
    expect(pushes).toHaveLength(1);
  });

  it('shows the server’s refusal next to the state', async () => {
    server.use(
      rest.post(pushUrl, (_req, res, ctx) =>
        res(
          ctx.status(409),
          ctx.json({
            error: {
              name: 'ConflictError',
              message:
                'The kept state of infrastructure cannot be pushed: the stored state has moved on since (serial 5, the kept one has 3); pushing it would undo what came after',
            },
          }),
        ),
      ),
    );
    await renderWithWorkspacesApi(
      <KeptStatesPanel
        workspaceId="ws-1"
        keptStates={[kept]}
        onChanged={() => {}}
      />,
    );
    await userEvent.click(
      screen.getByRole('button', { name: 'Push the state of infrastructure' }),
    );
    expect(
      await screen.findByText(/the stored state has moved on since \(serial 5/),
    ).toBeInTheDocument();
  });

  it('tells everyone else who can push it, with no button', async () => {
    await renderWithWorkspacesApi(
      // Another id: usePermission caches decisions per resource across renders.
      <KeptStatesPanel
        workspaceId="ws-refused"
        keptStates={[kept]}
        onChanged={() => {}}
      />,
      { permission: 'deny' },
    );
    expect(
      await screen.findByText(/An Account Owner or Admin can push each/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
