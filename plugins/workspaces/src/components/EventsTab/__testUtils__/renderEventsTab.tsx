import type { RenderResult } from '@testing-library/react';
import { TestApiProvider } from '@backstage/test-utils';
import { signalApiRef } from '@backstage/plugin-signals-react';
import { renderWithWorkspacesApi } from '../../../__testUtils__/renderWithWorkspacesApi';
import { EventsTab } from '../EventsTab';
import { workspaceId } from './events';
import { FakeSignalApi } from './FakeSignalApi';

/** The tab on the shared harness, plus a signal API the test drives. */
export async function renderEventsTab(): Promise<
  RenderResult & { signals: FakeSignalApi }
> {
  const signals = new FakeSignalApi();
  const rendered = await renderWithWorkspacesApi(
    <TestApiProvider apis={[[signalApiRef, signals]]}>
      <EventsTab workspaceId={workspaceId} />
    </TestApiProvider>,
  );
  return { ...rendered, signals };
}
