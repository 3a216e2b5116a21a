import { screen } from '@testing-library/react';
import { renderWithWorkspacesApi } from '../../../__testUtils__/renderWithWorkspacesApi';
import { FailurePanel } from './FailurePanel';

describe('FailurePanel', () => {
  it("says why the workspace failed and leads to the Settings' template inputs", async () => {
    await renderWithWorkspacesApi(
      <FailurePanel workspaceId="ws-1" failureReason="Apply failed" />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Apply failed');
    expect(
      screen.getByRole('button', { name: 'Edit inputs and retry' }),
    ).toHaveAttribute('href', '/workspaces/ws-1/settings#template-inputs');
  });
});
