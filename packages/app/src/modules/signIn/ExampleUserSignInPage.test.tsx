import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ExampleUserSignInPage } from './ExampleUserSignInPage';

const users = [
  {
    name: 'olivia.owner',
    displayName: 'Olivia Owner',
    role: 'Account Owner',
    description: 'Approves and deletes workspaces.',
  },
  { name: 'dana.dev', displayName: 'Dana Developer', role: 'Developer' },
];

function renderPage(configuredUsers: object[]) {
  return renderInTestApp(
    <ExampleUserSignInPage onSignInSuccess={jest.fn()} />,
    {
      config: {
        // Nothing listens on the discard port, so signing in fails fast and offline.
        backend: { baseUrl: 'http://127.0.0.1:9' },
        auth: { providers: { 'example-users': { users: configuredUsers } } },
      },
    },
  );
}

describe('ExampleUserSignInPage', () => {
  beforeEach(() => window.localStorage.clear());

  it('offers each configured example user with their role', async () => {
    renderPage(users);
    expect(
      await screen.findByRole('button', { name: 'Sign in as Olivia Owner' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Sign in as Dana Developer' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Account Owner')).toBeInTheDocument();
    expect(
      screen.getByText('Approves and deletes workspaces.'),
    ).toBeInTheDocument();
    expect(screen.getByText('user:default/dana.dev')).toBeInTheDocument();
  });

  it('remembers the chosen user so a reload stays signed in', async () => {
    renderPage(users);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Sign in as Dana Developer' }),
    );
    expect(window.localStorage.getItem('oqullus.exampleUser')).toBe('dana.dev');
  });

  it('explains a failed sign-in and lets the person choose another user', async () => {
    window.localStorage.setItem('oqullus.exampleUser', 'dana.dev');
    renderPage(users);
    expect(await screen.findByText('Could not sign in')).toBeInTheDocument();
    expect(screen.getByText('dana.dev')).toBeInTheDocument();

    await userEvent.click(
      screen.getByRole('button', { name: 'Choose another user' }),
    );
    expect(
      await screen.findByRole('button', { name: 'Sign in as Olivia Owner' }),
    ).toBeInTheDocument();
    expect(window.localStorage.getItem('oqullus.exampleUser')).toBeNull();
  });

  it('says where to configure users when there are none', async () => {
    renderPage([]);
    expect(
      await screen.findByText(/No example users are configured/),
    ).toBeInTheDocument();
  });
});
