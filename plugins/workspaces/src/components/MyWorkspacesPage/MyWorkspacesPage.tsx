import { useState } from 'react';
import {
  Content,
  ContentHeader,
  Header,
  LinkButton,
  Page,
  Progress,
  WarningPanel,
} from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import { Box } from '@material-ui/core';
import {
  accountManagePermission,
  accountReadPermission,
  workspaceCreatePermission,
} from '@oqullus/plugin-workspaces-common';
import { accountRouteRef, createWorkspaceRouteRef } from '../../routes';
import { errorMessage } from '../shared';
import { NoWorkspacesYet } from './NoWorkspacesYet';
import { useAwaitingApprovalCount } from './useAwaitingApprovalCount';
import { useWorkspacesPage } from './useWorkspacesPage';
import { WorkspaceListFilterBar } from './WorkspaceListFilterBar';
import {
  defaultListOrder,
  emptyListMessage,
  isFiltered,
  viewTitles,
  type WorkspaceListFilters,
  type WorkspaceListView,
} from './workspaceListFilters';
import { WorkspacesPager } from './WorkspacesPager';
import { WorkspacesTable } from './WorkspacesTable';

const noFilters: WorkspaceListFilters = {
  view: 'mine',
  statuses: [],
  q: '',
  ...defaultListOrder,
};

/**
 * My Workspaces: the workspaces I own or belong to, for those who look after
 * the account every workspace, and for approvers the requests waiting for them.
 * Statuses refresh live from signals.
 */
export function MyWorkspacesPage() {
  const [filters, setFilters] = useState(noFilters);
  const page = useWorkspacesPage(filters);
  const createLink = useRouteRef(createWorkspaceRouteRef)();
  const accountLink = useRouteRef(accountRouteRef)();
  const canCreate = usePermission({
    permission: workspaceCreatePermission,
  }).allowed;
  const canManageAccount = usePermission({
    permission: accountManagePermission,
  }).allowed;
  // "All" shows every workspace one may read beyond one's own: a team lead's
  // team, or the whole account; it is offered to account readers.
  const canSeeAll = usePermission({
    permission: accountReadPermission,
  }).allowed;
  // Approving belongs to the account roles, as account management does: the
  // same notion of "holds an account role" the create form's approval hint uses.
  const canApprove = canManageAccount;
  const awaitingApprovalCount = useAwaitingApprovalCount(canApprove);
  const views: WorkspaceListView[] = [
    'mine',
    ...(canSeeAll ? (['all'] as const) : []),
    ...(canApprove ? (['awaiting-approval'] as const) : []),
  ];

  const firstVisit =
    page.value !== undefined &&
    page.value.items.length === 0 &&
    filters.view === 'mine' &&
    !isFiltered(filters) &&
    !page.hasPreviousPage;

  return (
    <Page themeId="tool">
      <Header
        title="Workspaces"
        subtitle="Isolated environments of the data platform, each with its own cloud infrastructure, apps and members"
      />
      <Content>
        <ContentHeader title={viewTitles[filters.view]}>
          <Box display="flex" style={{ gap: 8 }}>
            {canManageAccount && (
              <LinkButton to={accountLink} variant="outlined" color="primary">
                Account
              </LinkButton>
            )}
            {canCreate && (
              <LinkButton to={createLink} variant="contained" color="primary">
                Create workspace
              </LinkButton>
            )}
          </Box>
        </ContentHeader>
        {(!firstVisit || views.length > 1) && (
          <WorkspaceListFilterBar
            filters={filters}
            onChange={setFilters}
            views={views}
            awaitingApprovalCount={awaitingApprovalCount}
          />
        )}
        {page.error && (
          <Box mb={2}>
            <WarningPanel
              severity="error"
              defaultExpanded
              title="Could not load the workspaces"
              message={errorMessage(page.error)}
            />
          </Box>
        )}
        {page.loading && !page.value && <Progress />}
        {firstVisit && (
          <NoWorkspacesYet
            createLink={canCreate ? createLink : undefined}
            offersAll={canSeeAll}
          />
        )}
        {page.value && !firstVisit && (
          <>
            <WorkspacesTable
              workspaces={page.value.items}
              emptyMessage={emptyListMessage(filters)}
              sort={filters.sort}
              order={filters.order}
              onSort={(sort, order) =>
                setFilters(previous => ({ ...previous, sort, order }))
              }
            />
            <WorkspacesPager
              pageNumber={page.pageNumber}
              hasPreviousPage={page.hasPreviousPage}
              hasNextPage={page.hasNextPage}
              onPrevious={page.goToPreviousPage}
              onNext={page.goToNextPage}
            />
          </>
        )}
      </Content>
    </Page>
  );
}
