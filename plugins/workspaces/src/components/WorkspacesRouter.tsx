import { Route, Routes } from 'react-router-dom';
import { AccountPage } from './AccountPage';
import { CreateWorkspacePage } from './CreateWorkspacePage';
import { MyWorkspacesPage } from './MyWorkspacesPage';
import { ReadableErrorColour } from './shared';
import { WorkspacePage } from './WorkspacePage';

/**
 * Every page of the plugin below its mount point. One router serves both
 * frontend systems, so the pages cannot drift apart.
 *
 * @public
 */
export function WorkspacesRouter() {
  return (
    <ReadableErrorColour>
      <Routes>
        <Route path="/" element={<MyWorkspacesPage />} />
        <Route path="/create" element={<CreateWorkspacePage />} />
        <Route path="/account/*" element={<AccountPage />} />
        <Route path="/:id/*" element={<WorkspacePage />} />
      </Routes>
    </ReadableErrorColour>
  );
}
