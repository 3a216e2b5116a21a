import type { ReactElement } from 'react';
import { renderWithWorkspacesApi } from '../../../__testUtils__/renderWithWorkspacesApi';
import { MyWorkspacesPage } from '../MyWorkspacesPage';

/**
 * Renders My Workspaces with the shared harness. usePermission caches
 * answers in a module-wide SWR cache, so tests that deny permissions live in
 * their own file.
 */
export function renderMyWorkspacesPage(
  element: ReactElement = <MyWorkspacesPage />,
  options: { permission?: 'allow' | 'deny' } = {},
) {
  return renderWithWorkspacesApi(element, options);
}
