import { screen, within } from '@testing-library/react';
import { aWorkspaceWithOperations } from '../../../__testUtils__/fixtures';
import { renderWithWorkspacesApi } from '../../../__testUtils__/renderWithWorkspacesApi';
import { ApprovalBanner } from './ApprovalBanner';

const pending = {
  status: 'created' as const,
  approval: {
    state: 'pending' as const,
    requestedBy: 'user:default/dana.dev',
    requestedAt: '2026-11-28T10:00:00.000Z',
  },
};

describe('ApprovalBanner', () => {
  it('says a pending request waits for an Account Owner or Admin, and that a developer has nothing to do', async () => {
    await renderWithWorkspacesApi(
      <ApprovalBanner
        workspace={aWorkspaceWithOperations(pending, {
          approve: 'Approve needs the Account Owner or Admin role',
          reject: 'Reject needs the Account Owner or Admin role',
        })}
      />,
    );
    const banner = screen.getByRole('status');
    expect(
      within(banner).getByRole('heading', { name: 'Awaiting approval' }),
    ).toBeInTheDocument();
    expect(banner).toHaveTextContent(
      'An Account Owner or Admin must approve this request',
    );
    expect(banner).toHaveTextContent('Requested by dana.dev');
    expect(banner).toHaveTextContent('Nothing to do for now');
  });

  it('tells someone who may approve that the decision is theirs', async () => {
    await renderWithWorkspacesApi(
      <ApprovalBanner workspace={aWorkspaceWithOperations(pending)} />,
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      'You may decide: use Approve or Reject below.',
    );
  });

  it('says who rejected the request, when, and their comment', async () => {
    await renderWithWorkspacesApi(
      <ApprovalBanner
        workspace={aWorkspaceWithOperations({
          status: 'created',
          approval: {
            state: 'rejected',
            requestedBy: 'user:default/dana.dev',
            decidedBy: 'user:default/adrian.admin',
            decidedAt: '2026-11-28T11:00:00.000Z',
            comment: 'Use the shared network, not a new one',
          },
        })}
      />,
    );
    const banner = screen.getByRole('status');
    expect(
      within(banner).getByRole('heading', { name: 'Rejected' }),
    ).toBeInTheDocument();
    expect(
      within(banner).getByRole('link', { name: 'adrian.admin' }),
    ).toHaveAttribute('href', '/catalog/default/user/adrian.admin');
    expect(
      within(banner).getByLabelText('Rejection comment'),
    ).toHaveTextContent('Use the shared network, not a new one');
    expect(banner).toHaveTextContent('cannot be provisioned');
  });

  it.each([
    [
      'an approved Created workspace',
      { status: 'created', approval: { state: 'approved' } },
    ],
    [
      'a workspace without approval',
      { status: 'created', approval: { state: 'not-required' } },
    ],
    [
      'a Running workspace',
      { status: 'running', approval: { state: 'approved' } },
    ],
  ] as const)('shows nothing for %s', async (_what, overrides) => {
    await renderWithWorkspacesApi(
      <ApprovalBanner workspace={aWorkspaceWithOperations(overrides)} />,
    );
    expect(screen.queryByTestId('approval-banner')).not.toBeInTheDocument();
  });
});
