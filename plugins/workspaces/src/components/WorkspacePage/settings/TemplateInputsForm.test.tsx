import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupServer } from 'msw/node';
import { registerMswTestHooks } from '@backstage/test-utils';
import { aWorkspaceWithOperations } from '../../../__testUtils__/fixtures';
import { renderWithWorkspacesApi } from '../../../__testUtils__/renderWithWorkspacesApi';
import { serveWorkspace } from '../__testUtils__/workspaceServer';
import { TemplateInputsForm } from './TemplateInputsForm';

jest.setTimeout(30_000);
configure({ asyncUtilTimeout: 10_000 });

const server = setupServer();
registerMswTestHooks(server);

const failed = aWorkspaceWithOperations({
  status: 'failed',
  parameters: { region: 'eu-west-1', fail_on_apply: true },
  failureReason: 'Apply failed: fail_on_apply is set',
});

function renderForm(workspace = failed, canUpdate = true) {
  return renderWithWorkspacesApi(
    <TemplateInputsForm
      workspace={workspace}
      canUpdate={canUpdate}
      onChanged={() => {}}
    />,
  );
}

describe('TemplateInputsForm', () => {
  it("shows the template's inputs by their titles with the workspace's values", async () => {
    serveWorkspace(server, failed);
    await renderForm();
    expect(
      await screen.findByRole('checkbox', { name: 'Fail on apply' }),
    ).toBeChecked();
    expect(screen.getByRole('button', { name: /Region/ })).toHaveTextContent(
      'eu-west-1',
    );
    expect(screen.getByRole('button', { name: 'Save inputs' })).toBeDisabled();
  });

  it('saves a changed input and then offers to retry provisioning a Failed workspace', async () => {
    const { sent } = serveWorkspace(server, failed);
    await renderForm();
    await userEvent.click(
      await screen.findByRole('checkbox', { name: 'Fail on apply' }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Save inputs' }));
    await waitFor(() =>
      expect(sent[0]).toEqual({
        method: 'PATCH',
        path: `/workspaces/${failed.id}`,
        body: {
          parameters: {
            region: 'eu-west-1',
            compute_size: 'small',
            apply_delay_seconds: 0,
            fail_on_apply: false,
          },
        },
      }),
    );
    const offer = await screen.findByTestId('inputs-follow-up');
    await userEvent.click(
      within(offer).getByRole('button', { name: 'Retry provision' }),
    );
    await waitFor(() =>
      expect(sent[1]).toEqual({
        method: 'POST',
        path: `/workspaces/${failed.id}/operations`,
        body: { operation: 'provision' },
      }),
    );
  });

  it('offers Sync Infrastructure after saving the inputs of a Running workspace', async () => {
    const running = aWorkspaceWithOperations({ status: 'running' });
    const { sent } = serveWorkspace(server, running);
    await renderForm(running);
    await userEvent.click(
      await screen.findByRole('checkbox', { name: 'Fail on apply' }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Save inputs' }));
    const offer = await screen.findByTestId('inputs-follow-up');
    expect(offer).toHaveTextContent('still runs with the old ones');
    await userEvent.click(
      within(offer).getByRole('button', { name: 'Run Sync Infrastructure' }),
    );
    await waitFor(() =>
      expect(sent[1]).toEqual({
        method: 'POST',
        path: `/workspaces/${running.id}/operations`,
        body: { operation: 'sync-infrastructure' },
      }),
    );
  });

  it('checks inputs with the rules of the Create form and sends nothing while one is wrong', async () => {
    const { sent } = serveWorkspace(server, failed);
    await renderForm();
    const delay = await screen.findByRole('spinbutton', {
      name: /Apply delay/,
    });
    await userEvent.clear(delay);
    await userEvent.type(delay, '-3');
    await userEvent.click(screen.getByRole('button', { name: 'Save inputs' }));
    expect(await screen.findByText(/at least 0/)).toBeInTheDocument();
    expect(sent).toEqual([]);
  });

  it('shows the inputs read-only to someone who may not change settings', async () => {
    serveWorkspace(server, failed);
    await renderForm(failed, false);
    expect(
      await screen.findByRole('checkbox', { name: 'Fail on apply' }),
    ).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Save inputs' })).toBeDisabled();
  });
});
