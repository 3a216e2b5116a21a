import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupServer } from 'msw/node';
import { registerMswTestHooks } from '@backstage/test-utils';
import { aStackTemplate } from '../../__testUtils__/fixtures';
import {
  choose,
  credential,
  fullAccount,
  renderForm,
  renderPage,
  selectButton,
  serveAccount,
  serveCreate,
} from './__testUtils__/createWorkspacePageHarness';

// Whole MUI forms in jsdom: each test clicks through many fields.
jest.setTimeout(30_000);

const server = setupServer();
registerMswTestHooks(server);

describe('CreateWorkspacePage: the form and its validation', () => {
  it('lists registered resources with their titles, descriptions and a broken-check marker', async () => {
    serveAccount(server, fullAccount);
    await renderForm();

    // Only one credential and one storage: chosen already.
    expect(selectButton(/^Cloud credential/)).toHaveTextContent(
      'Local sandbox',
    );
    expect(selectButton(/^State storage/)).toHaveTextContent(
      'Built-in state storage',
    );
    expect(selectButton(/^Network/)).toHaveTextContent('None (create one)');
    expect(selectButton(/^Owner/)).toHaveTextContent('Dana Developer (you)');

    await userEvent.click(selectButton(/^Stack template/));
    const options = within(screen.getByRole('listbox')).getAllByRole('option');
    expect(options.map(option => option.textContent)).toEqual([
      'Lakehouse (runs offline)A lakehouse on local resources',
      'WarehouseA SQL warehouseLast check failed',
    ]);
    expect(
      within(options[1]).getByRole('img', { name: 'Last check failed' }),
    ).toBeInTheDocument();
    expect(
      within(options[0]).queryByRole('img', { name: 'Last check failed' }),
    ).not.toBeInTheDocument();

    await userEvent.click(options[1]);
    expect(
      screen.getByText(
        'The last check of Warehouse failed: Source directory is gone',
      ),
    ).toBeVisible();
  });

  it('offers the signed-in user and their groups as owner', async () => {
    serveAccount(server, fullAccount);
    await renderForm();
    await userEvent.click(selectButton(/^Owner/));
    expect(
      within(screen.getByRole('listbox'))
        .getAllByRole('option')
        .map(option => option.textContent),
    ).toEqual(['Dana Developer\u00a0(you)', 'Data Team']);
  });

  it('says what is missing and links to the Account page when nothing is registered', async () => {
    serveAccount(server, {
      'stack-templates': [],
      'cloud-credentials': [credential],
    });
    await renderPage();

    expect(
      await screen.findByText(
        /This account has no stack template and no state storage yet/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Account page' })).toHaveAttribute(
      'href',
      '/workspaces/account',
    );
    expect(
      screen.queryByRole('button', { name: 'Create workspace' }),
    ).not.toBeInTheDocument();
  });

  it("renders the chosen template's inputs by type with their defaults", async () => {
    serveAccount(server, fullAccount);
    await renderForm();
    await choose(/^Stack template/, /Lakehouse/);

    expect(selectButton(/^Region/)).toHaveTextContent('eu-west-1');
    expect(selectButton(/^Compute size/)).toHaveTextContent('small');
    const delay = screen.getByRole('spinbutton', {
      name: 'Apply delay (seconds)',
    });
    expect(delay).toHaveValue(0);
    expect(delay).toHaveAttribute('min', '0');
    expect(
      screen.getByRole('checkbox', { name: 'Fail on apply' }),
    ).not.toBeChecked();
    // Region is required by the template, the others are not.
    expect(
      document.getElementById('template-input-region-label'),
    ).toHaveTextContent(/^Region\s*\*$/);
    expect(
      document.getElementById('template-input-compute_size-label'),
    ).toHaveTextContent(/^Compute size$/);
  });

  it('shows the backend rules for name and custom external ID when a field is left', async () => {
    serveAccount(server, fullAccount);
    await renderForm();

    const name = screen.getByRole('textbox', { name: /^Workspace name/ });
    await userEvent.type(name, 'ab');
    expect(
      screen.queryByText(/Workspace name must be at least 3/),
    ).not.toBeInTheDocument();
    await userEvent.tab();
    expect(
      screen.getByText('Workspace name must be at least 3 characters (got 2)'),
    ).toBeInTheDocument();

    expect(
      screen.queryByRole('textbox', { name: /^External workspace ID/ }),
    ).not.toBeInTheDocument();
    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Generate external workspace ID' }),
    );
    const externalId = screen.getByRole('textbox', {
      name: /^External workspace ID/,
    });
    expect(
      screen.getByText(/3 to 40 characters: lowercase letters/),
    ).toBeInTheDocument();
    await userEvent.type(externalId, '9lives');
    await userEvent.tab();
    expect(
      screen.getByText(
        'External workspace ID must start with a lowercase letter',
      ),
    ).toBeInTheDocument();
  });

  it('marks every empty required field on submit and sends nothing', async () => {
    const regionWithoutDefault = aStackTemplate();
    delete regionWithoutDefault.inputs.properties.region.default;
    serveAccount(server, {
      ...fullAccount,
      'stack-templates': [regionWithoutDefault],
      'cloud-credentials': [credential, { ...credential, name: 'other' }],
    });
    const requests = serveCreate(server);
    await renderForm();

    await userEvent.click(
      screen.getByRole('button', { name: 'Create workspace' }),
    );

    expect(
      screen.getByText('Workspace name must be at least 3 characters (got 0)'),
    ).toBeVisible();
    expect(screen.getByText('Choose a cloud credential')).toBeVisible();
    // The only template is chosen already; its required input has no default.
    expect(screen.getByText('Region is required')).toBeVisible();
    expect(
      screen.getByText(
        'Fix the fields marked in red, then create the workspace again.',
      ),
    ).toBeVisible();
    expect(requests).toEqual([]);
  });
});
