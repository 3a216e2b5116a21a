import { Route, Routes } from 'react-router-dom';
import { renderWithWorkspacesApi } from '../../../__testUtils__/renderWithWorkspacesApi';
import { WorkspacePage } from '../WorkspacePage';

/** The workspace page at `path`, mounted under /workspaces/:id as the app mounts it. */
export function renderWorkspacePage(path: string) {
  return renderWithWorkspacesApi(
    <Routes>
      <Route path="/workspaces/:id/*" element={<WorkspacePage />} />
    </Routes>,
    { routeEntries: [path] },
  );
}
