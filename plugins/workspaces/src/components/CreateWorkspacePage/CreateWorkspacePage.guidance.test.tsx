import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupServer } from 'msw/node';
import { registerMswTestHooks } from '@backstage/test-utils';
import { aStackTemplate } from '../../__testUtils__/fixtures';
import {
  choose,
  credential,
  fullAccount,
  renderForm,
  serveAccount,
  storage,
} from './__testUtils__/createWorkspacePageHarness';

// Whole MUI forms in jsdom: each test clicks through many fields.
jest.setTimeout(30_000);

const server = setupServer();
registerMswTestHooks(server);

const waitsSentence =
  'provisioning starts once an Account Owner or Admin approves the workspace.';

describe('CreateWorkspacePage: what will happen, and where to fix', () => {
  it('says nothing of approval to an Admin unless the template asks for it', async () => {
    serveAccount(server, {
      'stack-templates': [
        aStackTemplate(),
        aStackTemplate({
          name: 'regulated',
          title: 'Regulated lake',
          requiresApproval: true,
        }),
      ],
      'cloud-credentials': [credential],
      'state-storages': [storage],
      networks: [],
    });
    await renderForm();
    await choose(/^Stack template/, /Lakehouse/);
    expect(screen.queryByTestId('approval-hint')).toBeNull();
    await choose(/^Stack template/, /Regulated lake/);
    expect(screen.getByTestId('approval-hint')).toHaveTextContent(
      `Regulated lake needs approval: ${waitsSentence}`,
    );
  });

  it('moves the focus to the first field to fix after a refused submit', async () => {
    serveAccount(server, fullAccount);
    await renderForm();
    await userEvent.click(
      screen.getByRole('button', { name: 'Create workspace' }),
    );
    await waitFor(() =>
      expect(
        screen.getByRole('textbox', { name: /^Workspace name/ }),
      ).toHaveFocus(),
    );
  });
});
