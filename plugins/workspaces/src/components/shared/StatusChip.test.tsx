import { screen } from '@testing-library/react';
import { rest } from 'msw';
import { setupServer } from 'msw/node';
import { registerMswTestHooks } from '@backstage/test-utils';
import { useAsync } from 'react-use';
import { useApi } from '@backstage/core-plugin-api';
import { workspaceStatuses } from '@oqullus/plugin-workspaces-common';
import { workspacesApiRef } from '../../api';
import { aWorkspace } from '../../__testUtils__/fixtures';
import {
  renderWithWorkspacesApi,
  workspacesBaseUrl,
} from '../../__testUtils__/renderWithWorkspacesApi';
import { StatusChip } from './StatusChip';

const server = setupServer();
registerMswTestHooks(server);

function StatusOfFirstWorkspace() {
  const api = useApi(workspacesApiRef);
  const { value } = useAsync(() => api.listWorkspaces(), [api]);
  return value ? <StatusChip status={value.items[0].status} /> : null;
}

describe('StatusChip', () => {
  it.each(workspaceStatuses)('labels %s with its name', async status => {
    await renderWithWorkspacesApi(<StatusChip status={status} />);
    expect(screen.getByTestId(`status-${status}`)).toHaveTextContent(
      new RegExp(`^${status}$`, 'i'),
    );
  });

  it.each([
    ['pending', 'Awaiting approval', 'awaiting-approval'],
    ['rejected', 'Rejected', 'rejected'],
    ['approved', 'Created', 'created'],
    ['not-required', 'Created', 'created'],
  ] as const)(
    'labels a Created workspace whose approval is %s "%s"',
    async (approval, label, testId) => {
      await renderWithWorkspacesApi(
        <StatusChip status="created" approval={approval} />,
      );
      expect(screen.getByTestId(`status-${testId}`)).toHaveTextContent(
        new RegExp(`^${label}$`),
      );
    },
  );

  it('keeps the status of a workspace past Created whatever its approval', async () => {
    await renderWithWorkspacesApi(
      <StatusChip status="running" approval="approved" />,
    );
    expect(screen.getByTestId('status-running')).toHaveTextContent(/^Running$/);
  });

  it('shows the status the API returns', async () => {
    server.use(
      rest.get(`${workspacesBaseUrl}/workspaces`, (_req, res, ctx) =>
        res(ctx.json({ items: [aWorkspace({ status: 'failed' })] })),
      ),
    );
    await renderWithWorkspacesApi(<StatusOfFirstWorkspace />);
    expect(await screen.findByText('Failed')).toBeInTheDocument();
  });
});
