import type { BadRequest, BadRequestTargets } from './badRequests';
import { SQL, UNKNOWN_ID } from './badRequests';
import type { ExamplePerson } from './exampleOrg';

const get =
  (
    path: (t: BadRequestTargets) => string,
    person: ExamplePerson = 'developer',
  ) =>
  (targets: BadRequestTargets) =>
    targets.backend.as(person).get(path(targets));

const listWith = (query: string) => get(() => `/workspaces?${query}`);
const eventsWith = (query: string) =>
  get(t => `/workspaces/${t.pendingId}/events?${query}`);

const putMember =
  (ref: string, body: unknown, person: ExamplePerson = 'admin') =>
  (t: BadRequestTargets) =>
    t.backend
      .as(person)
      .put(`/workspaces/${t.pendingId}/members/${encodeURIComponent(ref)}`)
      .send(body as object);

const decide = (body: unknown) => (t: BadRequestTargets) =>
  t.backend
    .as('admin')
    .post(`/workspaces/${t.pendingId}/approval`)
    .send(body as object);

const operate = (body: unknown, id?: string) => (t: BadRequestTargets) =>
  t.backend
    .as('admin')
    .post(`/workspaces/${id ?? t.adminOwnedId}/operations`)
    .send(body as object);

const patch = (body: unknown) => (t: BadRequestTargets) =>
  t.backend
    .as('developer')
    .patch(`/workspaces/${t.pendingId}`)
    .send(body as object);

/** Query parameters the list and the events refuse. */
export const badQueries: BadRequest[] = [
  {
    name: 'a list cursor this API did not issue',
    status: 400,
    message:
      'The cursor is not one this API issued; start again without a cursor',
    send: listWith('cursor=garbage'),
  },
  {
    name: 'a list cursor that looks like SQL',
    status: 400,
    message: 'The cursor is not one this API issued',
    send: listWith(`cursor=${encodeURIComponent(SQL)}`),
  },
  {
    name: 'a list limit of 0',
    status: 400,
    message: 'limit:',
    send: listWith('limit=0'),
  },
  {
    name: 'a list limit of 1000',
    status: 400,
    message: 'limit:',
    send: listWith('limit=1000'),
  },
  {
    name: 'a list limit that is not a number',
    status: 400,
    message: 'limit:',
    send: listWith('limit=abc'),
  },
  {
    name: 'an unknown status filter',
    status: 400,
    message: 'status',
    send: listWith('status=bogus'),
  },
  {
    name: 'an unknown scope',
    status: 400,
    message: 'scope:',
    send: listWith('scope=everything'),
  },
  {
    name: 'an unknown list parameter',
    status: 400,
    message: 'colour',
    send: listWith('colour=blue'),
  },
  {
    name: 'a search text of 201 characters',
    status: 400,
    message: 'q:',
    send: listWith(`q=${'q'.repeat(201)}`),
  },
  {
    name: 'an events cursor of -1',
    status: 400,
    message: 'after: must be an id returned as nextCursor',
    send: eventsWith('after=-1'),
  },
  {
    name: 'an events cursor that is not a number',
    status: 400,
    message: 'after: must be an id returned as nextCursor',
    send: eventsWith('after=abc'),
  },
  {
    name: 'an events cursor beyond the largest event id',
    status: 400,
    message: 'The event cursor must be an event ID',
    send: eventsWith('after=9999999999999999999'),
  },
  {
    name: 'an events limit of 0',
    status: 400,
    message: 'limit:',
    send: eventsWith('limit=0'),
  },
  {
    name: 'an unknown events parameter',
    status: 400,
    message: 'colour',
    send: eventsWith('colour=blue'),
  },
  {
    name: 'an events limit of 1000 (the contract allows up to 500)',
    status: 400,
    message: 'limit:',
    send: eventsWith('limit=1000'),
  },
];

/** Member, approval, operation, settings and job requests that are refused. */
export const badWorkspaceRequests: BadRequest[] = [
  {
    name: 'a member ref that is a component',
    status: 400,
    message: 'memberRef: "component:default/x" refers to a component',
    send: putMember('component:default/x', { role: 'viewer' }),
  },
  {
    name: 'a member ref that is not a ref',
    status: 400,
    message: 'memberRef: "not a ref" is not an entity reference',
    send: putMember('not a ref', { role: 'viewer' }),
  },
  {
    name: 'a member role that does not exist',
    status: 400,
    message: 'role: Role must be one of admin, operator, viewer',
    send: putMember('user:default/tara.lead', { role: 'owner' }),
  },
  {
    name: 'a member request without a role',
    status: 400,
    message: 'role: Role must be one of admin, operator, viewer',
    send: putMember('user:default/tara.lead', {}),
  },
  {
    name: 'an unknown key in a member request',
    status: 400,
    message: 'Unknown field "since"',
    send: putMember('user:default/tara.lead', {
      role: 'viewer',
      since: 'today',
    }),
  },
  {
    name: 'removing a member ref that is not a ref',
    status: 400,
    message: 'memberRef: "not a ref" is not an entity reference',
    send: t =>
      t.backend
        .as('admin')
        .delete(`/workspaces/${t.pendingId}/members/not%20a%20ref`),
  },
  {
    name: 'removing someone who is not a member',
    status: 404,
    message: 'user:default/tara.lead is not a member of this workspace',
    send: t =>
      t.backend
        .as('admin')
        .delete(
          `/workspaces/${t.pendingId}/members/user%3Adefault%2Ftara.lead`,
        ),
  },
  {
    name: 'a rejection without a comment',
    status: 400,
    message:
      'comment: A rejection needs a comment that tells the requester why',
    send: decide({ decision: 'reject' }),
  },
  {
    name: 'a rejection with a blank comment',
    status: 400,
    message: 'comment: A rejection needs a comment',
    send: decide({ decision: 'reject', comment: '   ' }),
  },
  {
    name: 'a decision that is neither approve nor reject',
    status: 400,
    message: 'decision: Decision must be approve or reject',
    send: decide({ decision: 'maybe' }),
  },
  {
    name: 'an approval comment with a control character',
    status: 400,
    message:
      'comment: Comment must not contain control characters (found U+0007)',
    send: decide({ decision: 'approve', comment: 'Bell\u0007' }),
  },
  {
    name: 'approving a workspace that needs no approval',
    status: 409,
    message: 'Approve has nothing to decide',
    send: t =>
      t.backend
        .as('admin')
        .post(`/workspaces/${t.adminOwnedId}/approval`)
        .send({ decision: 'approve' }),
  },
  {
    name: 'an operation that does not exist',
    status: 400,
    message:
      'operation: Operation must be one of provision, sync-infrastructure, sync-apps',
    send: operate({ operation: 'explode' }),
  },
  {
    name: 'delete asked for as an operation',
    status: 400,
    message:
      'operation: Operation must be one of provision, sync-infrastructure, sync-apps',
    send: operate({ operation: 'delete' }),
  },
  {
    name: 'an operation request without an operation',
    status: 400,
    message: 'operation: Operation must be one of',
    send: operate({}),
  },
  {
    name: 'an unknown key in an operation request',
    status: 400,
    message: 'Unknown field "force"',
    send: operate({ operation: 'provision', force: true }),
  },
  {
    name: 'an operation on a workspace that does not exist',
    status: 404,
    message: `No workspace with id '${UNKNOWN_ID}' is visible to you`,
    send: operate({ operation: 'provision' }, UNKNOWN_ID),
  },
  {
    // Any id that names no workspace the caller can see is 404, malformed or not.
    name: 'a workspace id that is not a UUID',
    status: 404,
    message: 'not-a-uuid',
    send: get(() => '/workspaces/not-a-uuid'),
  },
  {
    name: 'a workspace id that looks like SQL',
    status: 404,
    message: 'DROP TABLE',
    send: get(() => `/workspaces/${encodeURIComponent(SQL)}`),
  },
  {
    name: 'a workspace id of 2000 characters',
    status: [400, 404],
    message: 'workspace',
    send: get(() => `/workspaces/${'i'.repeat(2000)}`),
  },
  {
    name: 'a job id that does not exist',
    status: 404,
    message: "No job with id 'no-such-job' is visible to you",
    send: get(() => '/jobs/no-such-job'),
  },
  {
    name: 'cancelling a job that does not exist',
    status: 404,
    message: "No job with id 'no-such-job'",
    send: t => t.backend.as('admin').post('/jobs/no-such-job/cancel'),
  },
  {
    name: 'cancelling a job that was cancelled already',
    status: 409,
    message: 'there is nothing to cancel',
    send: t => t.backend.as('admin').post(`/jobs/${t.cancelledJobId}/cancel`),
  },
  {
    name: 'a settings change that changes nothing',
    status: 400,
    message:
      'Give at least one field to change: name, description, parameters or labels',
    send: patch({}),
  },
  {
    name: 'a new name of 2 characters',
    status: 400,
    message: 'name: Workspace name must be at least 3 characters (got 2)',
    send: patch({ name: 'ab' }),
  },
  {
    name: 'a new name that looks like SQL',
    status: 400,
    message: 'name: Workspace name may only contain',
    send: patch({ name: SQL }),
  },
  {
    name: 'changing the owner through settings',
    status: 400,
    message: 'Unknown field "owner"; the allowed fields are name, description',
    send: patch({ owner: 'user:default/tara.lead' }),
  },
];

/** Changes a Deleted workspace refuses: it is a tombstone kept for audit. */
export const badRequestsOnDeleted: BadRequest[] = [
  {
    name: 'renaming a Deleted workspace',
    status: 409,
    message: 'Deleted',
    send: t =>
      t.backend
        .as('admin')
        .patch(`/workspaces/${t.deletedId}`)
        .send({ name: 'Revived' }),
  },
  {
    name: 'adding a member to a Deleted workspace',
    status: 409,
    message: 'Deleted',
    send: t =>
      t.backend
        .as('admin')
        .put(`/workspaces/${t.deletedId}/members/user%3Adefault%2Ftara.lead`)
        .send({ role: 'viewer' }),
  },
  {
    name: 'removing a member from a Deleted workspace',
    status: 409,
    message: 'Deleted',
    send: t =>
      t.backend
        .as('admin')
        .delete(
          `/workspaces/${t.deletedId}/members/user%3Adefault%2Fvera.member`,
        ),
  },
  {
    name: 'deleting a Deleted workspace again',
    status: 409,
    message: 'this workspace is Deleted',
    send: t => t.backend.as('admin').delete(`/workspaces/${t.deletedId}`),
  },
  {
    name: 'provisioning a Deleted workspace',
    status: 409,
    message: 'this workspace is Deleted',
    send: t => operate({ operation: 'provision' }, t.deletedId)(t),
  },
];
