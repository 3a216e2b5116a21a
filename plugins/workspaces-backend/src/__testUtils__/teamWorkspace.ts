/* eslint-disable jest/no-export -- a helper for test files, not a test file itself */
import type { Knex } from 'knex';
import { migrateWorkspacesDatabase } from '../database';
import { exampleOrg } from './exampleOrg';
import {
  aCreateRequest,
  startWorkspacesTestBackend,
  type WorkspacesTestBackend,
} from './startWorkspacesTestBackend';
import type { createTestDatabases } from './testDatabases';

type TestDatabases = ReturnType<typeof createTestDatabases>;

/** A migrated database of the engine and the test backend on it. */
export async function startOnDatabase(
  databases: TestDatabases,
  databaseId: Parameters<TestDatabases['init']>[0],
  options: Omit<Parameters<typeof startWorkspacesTestBackend>[0], 'knex'> = {},
): Promise<WorkspacesTestBackend & { knex: Knex }> {
  const knex = await databases.init(databaseId);
  await migrateWorkspacesDatabase(knex);
  return { ...(await startWorkspacesTestBackend({ ...options, knex })), knex };
}

/** The members every team workspace gets, by example person. */
export const teamMemberRoles = {
  adminMember: 'admin',
  operatorMember: 'operator',
  viewerMember: 'viewer',
} as const;

/** Throws unless a set-up step got the status it needs; for beforeAll and helpers. */
export function requireStatus(
  response: { status: number; body: unknown },
  status: number,
  what: string,
) {
  if (response.status !== status) {
    throw new Error(
      `${what}: expected ${status}, got ${response.status} ${JSON.stringify(
        response.body,
      )}`,
    );
  }
}

/**
 * A workspace dana.dev requested (so it waits for approval), with amy as workspace
 * admin, oscar as operator and vera as viewer, added by an Admin.
 */
export async function requestTeamWorkspace(
  backend: WorkspacesTestBackend,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const created = await backend
    .as('developer')
    .post('/workspaces')
    .send(aCreateRequest(overrides));
  requireStatus(created, 201, 'creating the team workspace');
  const id: string = created.body.id;
  for (const [person, role] of Object.entries(teamMemberRoles)) {
    const ref = exampleOrg[person as keyof typeof teamMemberRoles].ref;
    const added = await backend
      .as('admin')
      .put(`/workspaces/${id}/members/${encodeURIComponent(ref)}`)
      .send({ role });
    requireStatus(added, 200, `adding ${ref} as ${role}`);
  }
  return id;
}

/** Approves a requested workspace as an Admin; returns the queued provision job's id. */
export async function approveWorkspace(
  backend: WorkspacesTestBackend,
  id: string,
): Promise<string> {
  const approved = await backend
    .as('admin')
    .post(`/workspaces/${id}/approval`)
    .send({ decision: 'approve' });
  requireStatus(approved, 200, 'approving the workspace');
  const view = await backend.as('admin').get(`/workspaces/${id}`);
  requireStatus(view, 200, 'reading the approved workspace');
  return view.body.activeJob.id;
}

/** Cancels a job as an Admin. */
export async function cancelJob(backend: WorkspacesTestBackend, jobId: string) {
  const cancelled = await backend.as('admin').post(`/jobs/${jobId}/cancel`);
  requireStatus(cancelled, 202, 'cancelling the job');
}

/** A team workspace whose provision job is queued: what Cancel needs. */
export async function queuedTeamWorkspace(backend: WorkspacesTestBackend) {
  const id = await requestTeamWorkspace(backend);
  const jobId = await approveWorkspace(backend, id);
  return { id, jobId };
}

/** An approved team workspace with no job: what Provision needs. */
export async function provisionableTeamWorkspace(
  backend: WorkspacesTestBackend,
) {
  const { id, jobId } = await queuedTeamWorkspace(backend);
  await cancelJob(backend, jobId);
  return id;
}
