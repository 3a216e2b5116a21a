/**
 * Test utilities for backend modules that call the workspaces API: a real
 * HTTP server in front of an in-memory one.
 *
 * @packageDocumentation
 */

export { startWorkspacesApiServer } from './testUtils/startWorkspacesApiServer';
export type {
  ReceivedWorkspacesApiRequest,
  WorkspacesApiServer,
} from './testUtils/startWorkspacesApiServer';
