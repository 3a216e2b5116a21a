import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { rest } from 'msw';
import { setupServer } from 'msw/node';
import { registerMswTestHooks } from '@backstage/test-utils';
import { aWorkspace } from '../../__testUtils__/fixtures';
import { workspacesBaseUrl } from '../../__testUtils__/renderWithWorkspacesApi';
import {
  choose,
  errorBody,
  fillValidForm,
  fullAccount,
  renderForm,
  serveAccount,
  serveCreate,
} from './__testUtils__/createWorkspacePageHarness';

// Whole MUI forms in jsdom: each test clicks through many fields.
jest.setTimeout(30_000);

const server = setupServer();
registerMswTestHooks(server);

describe('CreateWorkspacePage: submitting and server errors', () => {
  it('sends the request with an idempotency key and opens the Events tab of the new workspace', async () => {
    serveAccount(server, fullAccount);
    const requests = serveCreate(server);
    await renderForm();
    await fillValidForm();
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Description' }),
      'For the EU team',
    );
    await choose(/^Owner/, /^Data Team$/);
    await choose(/^Compute size/, /^medium$/);
    const delay = screen.getByRole('spinbutton', {
      name: 'Apply delay (seconds)',
    });
    await userEvent.clear(delay);
    await userEvent.type(delay, '5');

    await userEvent.click(
      screen.getByRole('button', { name: 'Create workspace' }),
    );

    const location = await screen.findByTestId('location');
    expect(location).toHaveTextContent('/workspaces/new-id/events');
    // The workspace page then moves the focus to its heading.
    expect(location).toHaveAttribute(
      'data-state',
      JSON.stringify({ focusHeading: true }),
    );
    expect(requests).toHaveLength(1);
    expect(requests[0].body).toEqual({
      name: 'Analytics EU',
      description: 'For the EU team',
      owner: 'group:default/data-team',
      provisioning: {
        stackTemplate: 'lakehouse-local',
        cloudCredential: 'local-sandbox',
        stateStorage: 'builtin',
      },
      parameters: {
        region: 'eu-west-1',
        compute_size: 'medium',
        apply_delay_seconds: 5,
        fail_on_apply: false,
      },
    });
    expect(requests[0].idempotencyKey).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it('sends a custom external ID and a chosen network', async () => {
    serveAccount(server, {
      ...fullAccount,
      networks: [
        {
          name: 'shared-dev-network',
          title: 'Shared dev network',
          origin: 'config',
          validation: { status: 'valid', messages: [] },
          provider: 'other',
          networkId: 'net-1',
        },
      ],
    });
    const requests = serveCreate(server);
    await renderForm();
    await fillValidForm();
    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Generate external workspace ID' }),
    );
    await userEvent.type(
      screen.getByRole('textbox', { name: /^External workspace ID/ }),
      'analytics-eu',
    );
    await choose(/^Network/, /Shared dev network/);
    await userEvent.click(
      screen.getByRole('button', { name: 'Create workspace' }),
    );

    await screen.findByTestId('location');
    expect(requests[0].body).toMatchObject({
      externalId: 'analytics-eu',
      provisioning: { network: 'shared-dev-network' },
    });
  });

  it('shows a 409 about the name next to the name field, keeps the input and retries with the same key', async () => {
    serveAccount(server, fullAccount);
    const requests = serveCreate(server, () => ({
      status: 409,
      body: errorBody(
        409,
        'ConflictError',
        "name: a workspace named 'Analytics EU' already exists; choose another name",
      ),
    }));
    await renderForm();
    await fillValidForm();
    const submit = screen.getByRole('button', { name: 'Create workspace' });
    await userEvent.click(submit);

    const name = screen.getByRole('textbox', { name: /^Workspace name/ });
    await waitFor(() =>
      expect(name).toHaveAccessibleDescription(
        "a workspace named 'Analytics EU' already exists; choose another name",
      ),
    );
    expect(name).toHaveValue('Analytics EU');
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(submit).toBeEnabled();

    await userEvent.click(submit);
    await waitFor(() => expect(requests).toHaveLength(2));
    expect(requests[1].idempotencyKey).toBe(requests[0].idempotencyKey);
  });

  it('shows a 400 that names a template input next to it and the rest above the button', async () => {
    serveAccount(server, fullAccount);
    serveCreate(server, () => ({
      status: 400,
      body: errorBody(
        400,
        'InputError',
        "parameters.region: must be equal to one of the allowed values (eu-west-1, us-east-1); provisioning.cloudCredential: no cloud credential named 'local-sandbox' is registered; list them with GET /account/cloud-credentials",
      ),
    }));
    await renderForm();
    await fillValidForm();
    await userEvent.click(
      screen.getByRole('button', { name: 'Create workspace' }),
    );

    expect(
      await screen.findByText(
        'must be equal to one of the allowed values (eu-west-1, us-east-1)',
      ),
    ).toBeVisible();
    expect(
      screen.getByText(
        "no cloud credential named 'local-sandbox' is registered; list them with GET /account/cloud-credentials",
      ),
    ).toBeVisible();
    expect(
      screen.getByRole('textbox', { name: /^Workspace name/ }),
    ).toHaveValue('Analytics EU');
  });

  it('disables the button while the request is on its way', async () => {
    serveAccount(server, fullAccount);
    let release: () => void = () => {};
    const held = new Promise<void>(resolve => {
      release = resolve;
    });
    server.use(
      rest.post(`${workspacesBaseUrl}/workspaces`, async (_req, res, ctx) => {
        await held;
        return res(ctx.status(201), ctx.json(aWorkspace({ id: 'new-id' })));
      }),
    );
    await renderForm();
    await fillValidForm();
    await userEvent.click(
      screen.getByRole('button', { name: 'Create workspace' }),
    );

    expect(screen.getByRole('button', { name: 'Creating…' })).toBeDisabled();
    release();
    expect(await screen.findByTestId('location')).toHaveTextContent(
      '/workspaces/new-id/events',
    );
  });
});
