import { screen } from '@testing-library/react';
import { setupServer } from 'msw/node';
import { registerMswTestHooks } from '@backstage/test-utils';
import {
  choose,
  fullAccount,
  renderForm,
  serveAccount,
} from './__testUtils__/createWorkspacePageHarness';

// Whole MUI forms in jsdom: each test clicks through many fields.
jest.setTimeout(30_000);

const server = setupServer();
registerMswTestHooks(server);

const waitsSentence =
  'provisioning starts once an Account Owner or Admin approves the workspace.';

// Apart from the Admin's cases: usePermission caches a decision for the module's life.
describe('CreateWorkspacePage, for a developer', () => {
  it('says a developer’s request will wait, whatever the template', async () => {
    serveAccount(server, fullAccount);
    await renderForm({ accountRole: false });
    await choose(/^Stack template/, /Lakehouse/);
    expect(await screen.findByTestId('approval-hint')).toHaveTextContent(
      `Your request needs approval: ${waitsSentence}`,
    );
  });
});
