import { screen } from '@testing-library/react';
import {
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { SidebarPinStateProvider } from '@backstage/core-components';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { WorkspacesAccountSidebarItem } from './WorkspacesAccountSidebarItem';

async function renderFor(result: 'ALLOW' | 'DENY') {
  await renderInTestApp(
    <TestApiProvider
      apis={[
        [permissionApiRef, mockApis.permission({ authorize: () => result })],
      ]}
    >
      <SidebarPinStateProvider
        value={{
          isPinned: true,
          toggleSidebarPinState: () => {},
          isMobile: false,
        }}
      >
        <WorkspacesAccountSidebarItem />
      </SidebarPinStateProvider>
    </TestApiProvider>,
  );
}

describe('WorkspacesAccountSidebarItem', () => {
  it('leads those who manage the account to it', async () => {
    await renderFor('ALLOW');
    expect(
      await screen.findByRole('link', { name: /^Account/ }),
    ).toHaveAttribute('href', '/workspaces/account');
  });
});
