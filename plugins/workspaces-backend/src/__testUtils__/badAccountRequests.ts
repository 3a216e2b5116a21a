import type { BadRequest, BadRequestTargets } from './badRequests';
import { SQL } from './badRequests';

/** The value the secret cases paste where only a reference belongs. */
export const PASTED_SECRET = 's3cr3t';

const REFERENCES_ONLY = 'hold only references to secrets';

const network = (overrides: Record<string, unknown> = {}) => ({
  name: 'lab-net',
  title: 'Lab network',
  provider: 'other',
  networkId: 'lab-net-1',
  ...overrides,
});

const credential = (overrides: Record<string, unknown>) => ({
  name: 'pasted-credential',
  title: 'Pasted credential',
  provider: 'env',
  ...overrides,
});

const as = (t: BadRequestTargets) => t.backend.as('admin');

const register = (kind: string, body: unknown) => (t: BadRequestTargets) =>
  as(t)
    .post(`/account/${kind}`)
    .send(body as object);

/** Account resource requests that are refused. */
export const badAccountRequests: BadRequest[] = [
  {
    name: 'listing an unknown account resource kind',
    status: 400,
    message: "kind: 'bogus' is not an account resource kind; use one of",
    send: t => as(t).get('/account/bogus'),
  },
  {
    name: 'registering an unknown account resource kind',
    status: 400,
    message: "kind: 'bogus' is not an account resource kind",
    send: register('bogus', network()),
  },
  {
    name: 'reading an account resource that does not exist',
    status: 404,
    message: "No network named 'no-such-network' is registered",
    send: t => as(t).get('/account/networks/no-such-network'),
  },
  {
    name: 'a network without a title',
    status: 400,
    message: 'title:',
    send: register('networks', network({ title: undefined })),
  },
  {
    name: 'a network name that looks like SQL',
    status: 400,
    message: 'name: Name must be lowercase letters, digits and hyphens',
    send: register('networks', network({ name: SQL })),
  },
  {
    name: 'a network name of 64 characters',
    status: 400,
    message: 'name: Name must be at most 63 characters (got 64)',
    send: register('networks', network({ name: 'n'.repeat(64) })),
  },
  {
    name: 'a network title with a control character',
    status: 400,
    message: 'title:',
    send: register('networks', network({ title: 'Bell\u0007' })),
  },
  {
    name: 'an unknown key in a network',
    status: 400,
    message: 'Unknown field "colour"',
    send: register('networks', network({ colour: 'blue' })),
  },
  {
    name: 'a network name declared in app-config',
    status: 409,
    message: "A network named 'shared-dev-network' is declared in app-config",
    send: register('networks', network({ name: 'shared-dev-network' })),
  },
  {
    name: 'a network name registered already',
    status: 409,
    message: "A network named 'registered-net' already exists",
    send: register('networks', network({ name: 'registered-net' })),
  },
  {
    name: 'replacing a network declared in app-config',
    status: 409,
    message: "'shared-dev-network' is declared in app-config",
    send: t =>
      as(t)
        .put('/account/networks/shared-dev-network')
        .send(network({ name: undefined })),
  },
  {
    name: 'renaming a network through replace',
    status: 400,
    message: 'a resource cannot be renamed',
    send: t =>
      as(t)
        .put('/account/networks/registered-net')
        .send(network({ name: 'other-net' })),
  },
  {
    name: 'replacing a network that does not exist',
    status: 404,
    message: 'register it with POST first',
    send: t =>
      as(t)
        .put('/account/networks/no-such-network')
        .send(network({ name: undefined })),
  },
  {
    name: 'removing a network that does not exist',
    status: 404,
    message: "No network named 'no-such-network' is registered",
    send: t => as(t).delete('/account/networks/no-such-network'),
  },
  {
    name: 'removing a network declared in app-config',
    status: 409,
    message: "'shared-dev-network' is declared in app-config",
    send: t => as(t).delete('/account/networks/shared-dev-network'),
  },
  {
    name: 'removing a network a live workspace uses',
    status: 409,
    message: "The network 'used-net' is used by",
    send: t => as(t).delete('/account/networks/used-net'),
  },
  {
    name: 'checking a network that does not exist',
    status: 404,
    message: "No network named 'no-such-network'",
    send: t => as(t).post('/account/networks/no-such-network/check'),
  },
  {
    name: 'a credential secret with an inline value',
    status: 400,
    message: `Cloud credentials ${REFERENCES_ONLY}`,
    send: register(
      'cloud-credentials',
      credential({ secrets: [{ name: 'API_KEY', value: PASTED_SECRET }] }),
    ),
  },
  {
    name: 'a credential secret read from an inline value',
    status: 400,
    message: `Cloud credentials ${REFERENCES_ONLY}`,
    send: register(
      'cloud-credentials',
      credential({
        secrets: [{ name: 'API_KEY', from: { value: PASTED_SECRET } }],
      }),
    ),
  },
  {
    name: 'a credential with an inline value beside its fields',
    status: 400,
    message: `Cloud credentials ${REFERENCES_ONLY}`,
    send: register('cloud-credentials', credential({ value: PASTED_SECRET })),
  },
  {
    name: 'a credential with secrets as a map of values',
    status: 400,
    message: `Cloud credentials ${REFERENCES_ONLY}`,
    send: register(
      'cloud-credentials',
      credential({ secrets: { API_KEY: PASTED_SECRET } }),
    ),
  },
  {
    name: 'a credential identity holding a secret key',
    status: 400,
    message: `"secretAccessKey" looks like a secret. Cloud credentials ${REFERENCES_ONLY}`,
    send: register(
      'cloud-credentials',
      credential({ identity: { secretAccessKey: PASTED_SECRET } }),
    ),
  },
  {
    name: 'a state storage setting holding a password',
    status: 400,
    message: `"password" looks like a secret. State storages ${REFERENCES_ONLY}`,
    send: register('state-storages', {
      name: 'pasted-storage',
      title: 'Pasted',
      kind: 'pg',
      settings: { password: PASTED_SECRET },
    }),
  },
  {
    name: 'a replaced credential with an inline value',
    status: 400,
    message: `Cloud credentials ${REFERENCES_ONLY}`,
    send: t =>
      as(t)
        .put('/account/cloud-credentials/registered-credential')
        .send(
          credential({
            name: undefined,
            secrets: [{ name: 'API_KEY', value: PASTED_SECRET }],
          }),
        ),
  },
  {
    name: 'a stack template input marked secret',
    status: 400,
    message: 'Template inputs cannot be secret',
    send: register('stack-templates', {
      name: 'secret-inputs',
      title: 'Secret inputs',
      source: { type: 'directory', path: '/nowhere' },
      inputs: {
        type: 'object',
        properties: { password: { type: 'string', secret: true } },
      },
    }),
  },
];
