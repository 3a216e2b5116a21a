import type { ReactElement } from 'react';
import type { Entity } from '@backstage/catalog-model';
import { catalogApiRef, entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import {
  MockFetchApi,
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { WorkspacesClient } from '@oqullus/plugin-workspaces-common';
import { workspacesApiRef } from '../api';
import { rootRouteRef } from '../routes';

/** People and teams of the example org, as the catalog holds them. */
export const exampleCatalogEntities: Entity[] = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name: 'tara.lead', namespace: 'default' },
    spec: { profile: { displayName: 'Tara Lead' }, memberOf: [] },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name: 'noah.analyst', namespace: 'default' },
    spec: { profile: { displayName: 'Noah Analyst' }, memberOf: [] },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: {
      name: 'data-engineering',
      namespace: 'default',
      title: 'Data Engineering',
    },
    spec: { type: 'team', children: [] },
  },
];

/** Where msw handlers of component tests answer. */
export const workspacesBaseUrl = 'http://localhost:7007/api/workspaces';

/**
 * Renders a component the way the app does: the real WorkspacesClient over
 * fetch (msw answers), the plugin mounted at /workspaces, a permission API
 * that allows everything unless told otherwise, and an in-memory catalog.
 */
export function renderWithWorkspacesApi(
  element: ReactElement,
  options: {
    routeEntries?: string[];
    permission?: 'allow' | 'deny';
    /** What the catalog holds; the example org's people and teams unless given. */
    catalogEntities?: Entity[];
  } = {},
) {
  const client = new WorkspacesClient({
    discoveryApi: { getBaseUrl: async () => workspacesBaseUrl },
    fetchApi: new MockFetchApi(),
  });
  const permissionApi =
    options.permission === 'deny'
      ? mockApis.permission({ authorize: 'DENY' })
      : mockApis.permission();
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [workspacesApiRef, client],
        [permissionApiRef, permissionApi],
        [
          catalogApiRef,
          catalogApiMock({
            entities: options.catalogEntities ?? exampleCatalogEntities,
          }),
        ],
      ]}
    >
      {element}
    </TestApiProvider>,
    {
      routeEntries: options.routeEntries,
      // EntityRefLink needs the catalog's entity page mounted somewhere.
      mountedRoutes: {
        '/workspaces': rootRouteRef,
        '/catalog/:namespace/:kind/:name': entityRouteRef,
      },
    },
  );
}
