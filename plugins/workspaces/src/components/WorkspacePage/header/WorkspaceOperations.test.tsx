import { screen } from '@testing-library/react';
import {
  allowedOperations,
  type ApprovalState,
} from '@oqullus/plugin-workspaces-common';
import { aWorkspace } from '../../../__testUtils__/fixtures';
import { renderWithWorkspacesApi } from '../../../__testUtils__/renderWithWorkspacesApi';
import { WorkspaceOperations } from './WorkspaceOperations';

// The decisions come from the lifecycle machine itself, as the backend computes them
// for a caller the permission policy lets operate the workspace.
function aFailedWorkspace(approval: ApprovalState) {
  const workspace = aWorkspace({
    status: 'failed',
    approval: { state: approval },
  });
  return {
    ...workspace,
    keptStates: [],
    stateLocks: [],
    allowedOperations: allowedOperations({
      status: workspace.status,
      approval,
      activeJob: null,
    }),
  };
}

describe('WorkspaceOperations', () => {
  it.each([
    [
      'rejected',
      'Provision Infrastructure cannot run: the request for this Failed workspace was rejected; delete it or create a new workspace',
    ],
    [
      'pending',
      'Provision Infrastructure cannot run: the request for this Failed workspace was never approved, and only a Created workspace can be approved; delete it or create a new workspace',
    ],
  ] as const)(
    'keeps Provision disabled on a Failed workspace whose request was %s, and says why',
    async (approval, sentence) => {
      await renderWithWorkspacesApi(
        <WorkspaceOperations
          workspace={aFailedWorkspace(approval)}
          onChanged={() => {}}
        />,
      );

      const provision = screen.getByRole('button', {
        name: 'Provision Infrastructure',
      });
      // Refused buttons stay focusable, so the reason is reachable on focus too.
      expect(provision).toHaveAttribute('aria-disabled', 'true');
      expect(provision).toHaveAccessibleDescription(sentence);
    },
  );

  it('leaves Provision enabled on a Failed workspace whose request was approved', async () => {
    await renderWithWorkspacesApi(
      <WorkspaceOperations
        workspace={aFailedWorkspace('approved')}
        onChanged={() => {}}
      />,
    );

    const provision = screen.getByRole('button', {
      name: 'Provision Infrastructure',
    });
    expect(provision).toBeEnabled();
    expect(provision).not.toHaveAttribute('aria-disabled');
  });
});
