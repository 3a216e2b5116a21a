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

// Apart from the allowed case: usePermission caches a decision for the module's life.
describe('WorkspacesAccountSidebarItem, for others', () => {
  it('is not there for others', async () => {
    await renderFor('DENY');
    expect(screen.queryByRole('link', { name: /^Account/ })).toBeNull();
  });
});
