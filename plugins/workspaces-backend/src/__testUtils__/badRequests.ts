// Imported only by test files, so supertest stays a dev dependency.
// eslint-disable-next-line @backstage/no-undeclared-imports
import type { Test } from 'supertest';
import type { ExamplePerson } from './exampleOrg';
import {
  aCreateRequest,
  type WorkspacesTestBackend,
} from './startWorkspacesTestBackend';

/** The workspaces and jobs the bad requests aim at, made once per database. */
export type BadRequestTargets = {
  backend: WorkspacesTestBackend;
  /** dana.dev's team workspace, waiting for approval. */
  pendingId: string;
  /** An Admin's workspace (no approval needed) whose provision job was cancelled. */
  adminOwnedId: string;
  cancelledJobId: string;
  /** A team workspace whose destroy finished: a Deleted tombstone with members. */
  deletedId: string;
};

/** A request that must be refused with `status` and a message containing `message`. */
export type BadRequest = {
  name: string;
  status: number | readonly number[];
  message: string;
  send(targets: BadRequestTargets): Test;
};

const SQL = "x'; DROP TABLE workspaces; --";
const CONTROL = 'Bell\u0007';
const NUL = 'a\u0000b';
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

export { SQL, UNKNOWN_ID };

/** POST /workspaces with a body, as dana.dev unless someone else is named. */
export const create =
  (body: unknown, person: ExamplePerson = 'developer') =>
  ({ backend }: BadRequestTargets) =>
    backend
      .as(person)
      .post('/workspaces')
      .send(body as object);

const createWith = (overrides: Record<string, unknown>) =>
  create(aCreateRequest(overrides));

const provisioningWith = (changes: Record<string, unknown>) =>
  createWith({
    provisioning: {
      stackTemplate: 'lakehouse-local',
      cloudCredential: 'local-sandbox',
      stateStorage: 'builtin',
      ...changes,
    },
  });

const parametersOf = (parameters: unknown) => createWith({ parameters });

/** Create requests that are refused for their body. */
export const badCreateRequests: BadRequest[] = [
  {
    name: 'a create request without a name',
    status: 400,
    message: 'name: Required',
    send: createWith({ name: undefined }),
  },
  {
    name: 'a create request without provisioning',
    status: 400,
    message: 'provisioning: Required',
    send: createWith({ provisioning: undefined }),
  },
  {
    name: 'a create request without a stack template',
    status: 400,
    message: 'provisioning.stackTemplate: Required',
    send: provisioningWith({ stackTemplate: undefined }),
  },
  {
    name: 'a name that is a number',
    status: 400,
    message: 'name: Must be text',
    send: createWith({ name: 42 }),
  },
  {
    name: 'parameters given as a list',
    status: 400,
    message: 'parameters: Must be an object of template input values',
    send: parametersOf(['eu-west-1']),
  },
  {
    name: 'a label key in capitals',
    status: 400,
    message: 'labels.Team: "Team" is not a label key',
    send: createWith({ labels: { Team: 'data' } }),
  },
  {
    name: 'a label value with a space',
    status: 400,
    message:
      "labels.team: A label value may only contain letters, digits, '-', '_' and '.'",
    send: createWith({ labels: { team: 'data platform' } }),
  },
  {
    name: 'a label value that is a number',
    status: 400,
    message: 'labels.cost-centre: Must be text',
    send: createWith({ labels: { 'cost-centre': 4711 } }),
  },
  {
    name: '33 labels',
    status: 400,
    message: 'labels: A workspace has at most 32 labels (got 33); remove some',
    send: createWith({
      labels: Object.fromEntries(
        Array.from({ length: 33 }, (_, i) => [`label-${i}`, 'x']),
      ),
    }),
  },
  {
    name: 'a JSON list as the whole body',
    status: 400,
    message: 'Must be an object',
    send: create([aCreateRequest()]),
  },
  {
    name: 'a name of 64 characters',
    status: 400,
    message: 'name: Workspace name must be at most 63 characters (got 64)',
    send: createWith({ name: 'a'.repeat(64) }),
  },
  {
    name: 'a name with a control character',
    status: 400,
    message: 'name: Workspace name may only contain letters, digits, spaces',
    send: createWith({ name: CONTROL }),
  },
  {
    name: 'a name with a NUL character',
    status: 400,
    message: 'name: Workspace name may only contain',
    send: createWith({ name: NUL }),
  },
  {
    name: 'a name that looks like SQL',
    status: 400,
    message:
      'name: Workspace name may only contain letters, digits, spaces, "-", "_" and "." (found "\'", ";")',
    send: createWith({ name: SQL }),
  },
  {
    name: 'a description with a control character',
    status: 400,
    message:
      'description: Description must not contain control characters (found U+0007)',
    send: createWith({ description: CONTROL }),
  },
  {
    name: 'a description with a NUL character',
    status: 400,
    message:
      'description: Description must not contain control characters (found U+0000)',
    send: createWith({ description: NUL }),
  },
  {
    name: 'a description of 1001 characters',
    status: 400,
    message:
      'description: Description must be at most 1000 characters (got 1001)',
    send: createWith({ description: 'd'.repeat(1001) }),
  },
  {
    name: 'an unknown stack template',
    status: 400,
    message:
      "provisioning.stackTemplate: no stack template named 'no-such-template' is registered",
    send: provisioningWith({ stackTemplate: 'no-such-template' }),
  },
  {
    name: 'an unknown cloud credential',
    status: 400,
    message:
      "provisioning.cloudCredential: no cloud credential named 'no-such-credential' is registered",
    send: provisioningWith({ cloudCredential: 'no-such-credential' }),
  },
  {
    name: 'an unknown state storage',
    status: 400,
    message:
      "provisioning.stateStorage: no state storage named 'no-such-storage' is registered",
    send: provisioningWith({ stateStorage: 'no-such-storage' }),
  },
  {
    name: 'an unknown network',
    status: 400,
    message:
      "provisioning.network: no network named 'no-such-network' is registered",
    send: provisioningWith({ network: 'no-such-network' }),
  },
  {
    name: 'a stack template name that looks like SQL',
    status: 400,
    message:
      'provisioning.stackTemplate: Name must be lowercase letters, digits and hyphens',
    send: provisioningWith({ stackTemplate: SQL }),
  },
  {
    name: 'an unknown key in provisioning',
    status: 400,
    message: 'provisioning: Unknown field "region"',
    send: provisioningWith({ region: 'eu-west-1' }),
  },
  {
    name: 'an uppercase external ID',
    status: 400,
    message:
      'externalId: External workspace ID may only contain lowercase letters, digits and hyphens (found "W", "S")',
    send: createWith({ externalId: 'WS-lab' }),
  },
  {
    name: 'an external ID ending in a hyphen',
    status: 400,
    message: 'externalId: External workspace ID must not end with a hyphen',
    send: createWith({ externalId: 'ws-lab-' }),
  },
  {
    name: 'an external ID with two hyphens in a row',
    status: 400,
    message:
      'externalId: External workspace ID must not contain two hyphens in a row',
    send: createWith({ externalId: 'ws--lab' }),
  },
  {
    name: 'an external ID of 41 characters',
    status: 400,
    message:
      'externalId: External workspace ID must be at most 40 characters (got 41)',
    send: createWith({ externalId: `ws-${'x'.repeat(38)}` }),
  },
  {
    name: 'an external ID of 2 characters',
    status: 400,
    message:
      'externalId: External workspace ID must be at least 3 characters (got 2)',
    send: createWith({ externalId: 'ws' }),
  },
  {
    name: 'an external ID starting with a digit',
    status: 400,
    message:
      'externalId: External workspace ID must start with a lowercase letter',
    send: createWith({ externalId: '1ws' }),
  },
  {
    name: 'an external ID another workspace has',
    status: 409,
    message:
      "External workspace ID 'taken-id' is already used by another workspace",
    send: createWith({ externalId: 'taken-id' }),
  },
  {
    name: 'an unknown top-level key',
    status: 400,
    message:
      'Unknown field "colour"; the allowed fields are name, description, externalId, owner, provisioning, parameters, labels',
    send: createWith({ colour: 'blue' }),
  },
  {
    name: 'a parameter outside its enum',
    status: 400,
    message:
      'parameters.region: must be equal to one of the allowed values (eu-west-1, us-east-1)',
    send: parametersOf({ region: 'mars-1' }),
  },
  {
    name: 'a parameter below its minimum',
    status: 400,
    message: 'parameters.compute_size: must be >= 1',
    send: parametersOf({ region: 'eu-west-1', compute_size: 0 }),
  },
  {
    name: 'a parameter of the wrong type',
    status: 400,
    message: 'parameters.compute_size: must be integer',
    send: parametersOf({ region: 'eu-west-1', compute_size: 'big' }),
  },
  {
    name: 'a parameter the template does not have',
    status: 400,
    message:
      "parameters.colour: stack template 'lakehouse-local' has no input named 'colour'",
    send: parametersOf({ region: 'eu-west-1', colour: 'blue' }),
  },
  {
    name: 'no value for a required parameter',
    status: 400,
    message: "parameters.region: required by stack template 'lakehouse-local'",
    send: parametersOf({}),
  },
  {
    name: 'an owner that is a component',
    status: 400,
    message: 'owner: "component:default/x" refers to a component',
    send: createWith({ owner: 'component:default/x' }),
  },
  {
    name: 'an owner that is not a ref',
    status: 400,
    message: 'owner: "not a ref" is not an entity reference',
    send: createWith({ owner: 'not a ref' }),
  },
  {
    name: 'an owner of 300 characters',
    status: 400,
    message: 'owner: Must be at most 255 characters',
    send: createWith({ owner: `user:default/${'o'.repeat(287)}` }),
  },
  {
    name: "someone else's user as the owner, asked by a non-admin",
    status: 403,
    message:
      'owner: you may create workspaces owned by yourself or a group you belong to',
    send: createWith({ owner: 'user:default/tara.lead' }),
  },
  {
    name: 'a body larger than 256 KB',
    status: 413,
    message: 'The request body is larger than 256kb',
    send: createWith({ description: 'd'.repeat(300 * 1024) }),
  },
  {
    name: 'malformed JSON',
    status: 400,
    message: 'The request body is not valid JSON',
    send: ({ backend }) =>
      backend
        .as('developer')
        .post('/workspaces')
        .set('Content-Type', 'application/json')
        .send('{"name": "Lab",'),
  },
  {
    name: 'a JSON string as the whole body',
    status: 400,
    message: 'The request body is not valid JSON',
    send: ({ backend }) =>
      backend
        .as('developer')
        .post('/workspaces')
        .set('Content-Type', 'application/json')
        .send('"Lab"'),
  },
  {
    name: 'an Idempotency-Key longer than 255 characters',
    status: 400,
    message: 'Idempotency-Key',
    send: ({ backend }) =>
      backend
        .as('developer')
        .post('/workspaces')
        .set('Idempotency-Key', 'k'.repeat(256))
        .send(aCreateRequest()),
  },
];
