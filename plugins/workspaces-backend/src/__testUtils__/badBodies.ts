import type { BadRequest, BadRequestTargets } from './badRequests';
import { aCreateRequest } from './startWorkspacesTestBackend';

/** 5,000 nested lists in 10 KB: parsed fine, but deep enough to overflow any recursive walk. */
const DEEP = `${'['.repeat(5000)}${']'.repeat(5000)}`;

/** A JSON text with `raw` where the placeholder string stands in `body`. */
const withRaw = (body: unknown, raw: string) =>
  JSON.stringify(body).replace('"<raw>"', raw);

type Method = 'post' | 'put' | 'patch';

const sendRaw =
  (method: Method, path: (t: BadRequestTargets) => string, text: string) =>
  (t: BadRequestTargets) =>
    t.backend
      .as('admin')
      [method](path(t))
      .set('Content-Type', 'application/json')
      .send(text);

const network = {
  name: 'deep-net',
  title: 'Deep',
  provider: 'other',
  networkId: '<raw>',
};

const sendDeep = (
  method: Method,
  path: (t: BadRequestTargets) => string,
  body: unknown,
) => sendRaw(method, path, withRaw(body, DEEP));

/** Every JSON route family, each with a body too deep to walk. */
const deepBodies: BadRequest[] = [
  {
    name: 'a create request that is 5,000 nested lists',
    status: 400,
    message:
      'The request body is nested 5000 levels deep; at most 32 are allowed; send a flatter body',
    send: sendRaw('post', () => '/workspaces', DEEP),
  },
  ...(
    [
      [
        'create parameters',
        sendDeep(
          'post',
          () => '/workspaces',
          aCreateRequest({ parameters: { region: '<raw>' } }),
        ),
      ],
      [
        'changed parameters',
        sendDeep('patch', t => `/workspaces/${t.pendingId}`, {
          parameters: { region: '<raw>' },
        }),
      ],
      [
        'an operation request',
        sendDeep('post', t => `/workspaces/${t.adminOwnedId}/operations`, {
          operation: '<raw>',
        }),
      ],
      [
        'an approval decision',
        sendDeep('post', t => `/workspaces/${t.pendingId}/approval`, {
          decision: '<raw>',
        }),
      ],
      [
        'a member',
        sendDeep(
          'put',
          t =>
            `/workspaces/${t.pendingId}/members/${encodeURIComponent(
              'user:default/noah.new',
            )}`,
          { role: '<raw>' },
        ),
      ],
      ['a new network', sendDeep('post', () => '/account/networks', network)],
      [
        'a replaced network',
        sendDeep('put', () => '/account/networks/registered-net', network),
      ],
    ] as const
  ).map(([what, send]) => ({
    name: `${what} nested 5,000 levels deep`,
    status: 400,
    message: 'levels deep; at most 32 are allowed',
    send,
  })),
];

/** Keys that JavaScript objects treat specially, which no field of this API is named. */
const prototypeKeys: BadRequest[] = [
  {
    name: 'parameters.__proto__',
    status: 400,
    message:
      'The request body has a key "__proto__" at parameters.__proto__; no field is named __proto__, constructor or prototype: remove it',
    send: sendRaw(
      'post',
      () => '/workspaces',
      withRaw(aCreateRequest({ parameters: '<raw>' }), '{"__proto__":{}}'),
    ),
  },
  {
    name: 'a top-level constructor key',
    status: 400,
    message: 'The request body has a key "constructor" at constructor',
    send: sendRaw(
      'post',
      () => '/workspaces',
      JSON.stringify({ ...aCreateRequest(), constructor: {} }),
    ),
  },
  {
    name: 'a prototype key inside a parameter value',
    status: 400,
    message:
      'The request body has a key "prototype" at parameters.region.prototype',
    send: sendRaw(
      'patch',
      t => `/workspaces/${t.pendingId}`,
      '{"parameters":{"region":{"prototype":1}}}',
    ),
  },
  {
    name: 'an account resource with __proto__ in a list item',
    status: 400,
    message: 'The request body has a key "__proto__" at secrets[0].__proto__',
    send: sendRaw(
      'post',
      () => '/account/cloud-credentials',
      JSON.stringify({
        name: 'proto-credential',
        title: 'Proto',
        provider: 'env',
        secrets: [{ name: 'API_KEY', from: { env: 'PROTO_API_KEY' } }],
      }).replace('{"name":"API_KEY"', '{"__proto__":{},"name":"API_KEY"'),
    ),
  },
];

/** Idempotency-Key headers that are refused instead of being taken as absent. */
const badIdempotencyKeys: BadRequest[] = [
  ['an empty Idempotency-Key', ''],
  ['a whitespace-only Idempotency-Key', '   '],
  ['an Idempotency-Key with a non-ASCII character', 'schlüssel'],
].map(([what, key]) => ({
  name: what,
  status: 400,
  message: 'Idempotency-Key: must be 1 to 255 printable ASCII characters',
  send: ({ backend }: BadRequestTargets) =>
    backend
      .as('developer')
      .post('/workspaces')
      .set('Idempotency-Key', key)
      .send(aCreateRequest()),
}));

/** Bodies and headers refused before any field is looked at. */
export const badBodies: BadRequest[] = [
  ...deepBodies,
  ...prototypeKeys,
  ...badIdempotencyKeys,
];
