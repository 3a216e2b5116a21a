import { createRouteRef, createSubRouteRef } from '@backstage/core-plugin-api';

/**
 * My Workspaces, where the plugin is mounted (`/workspaces` in the example
 * portal). Every other page hangs below it.
 *
 * @public
 */
export const rootRouteRef = createRouteRef({ id: 'workspaces' });

/** The Create workspace form. */
export const createWorkspaceRouteRef = createSubRouteRef({
  id: 'workspaces/create',
  parent: rootRouteRef,
  path: '/create',
});

/** Account resources: stack templates, credentials, storages, networks. */
export const accountRouteRef = createSubRouteRef({
  id: 'workspaces/account',
  parent: rootRouteRef,
  path: '/account',
});

/** One workspace's page; its tabs are `overview`, `events`, `settings`. */
export const workspaceRouteRef = createSubRouteRef({
  id: 'workspaces/workspace',
  parent: rootRouteRef,
  path: '/:id',
});
