/**
 * Test utilities for packages that call the workspaces API: an in-memory
 * fake of it, an adapter that serves the fake over HTTP (msw or a Node
 * server), and a polling helper.
 *
 * @packageDocumentation
 */

export { InMemoryWorkspacesApi } from './testUtils/InMemoryWorkspacesApi';
export type { InMemoryWorkspacesApiOptions } from './testUtils/InMemoryWorkspacesApi';
export type {
  InMemoryWorkspace,
  InMemoryWorkspacesData,
  InMemoryWorkspacesFixtures,
} from './testUtils/InMemoryWorkspacesData';
export { answerWorkspacesApiRequest } from './testUtils/answerWorkspacesApiRequest';
export type {
  WorkspacesApiHttpRequest,
  WorkspacesApiHttpReply,
} from './testUtils/answerWorkspacesApiRequest';
export { eventually } from './testUtils/eventually';
export type { EventuallyOptions } from './testUtils/eventually';
