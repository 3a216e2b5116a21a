import type { LoggerService } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import express, {
  type Request,
  type RequestHandler,
  type Response,
} from 'express';
import Router from 'express-promise-router';
import {
  authenticateStateRequest,
  type StateActor,
  type StateAuthenticationDeps,
} from './authenticateStateRequest';
import {
  BuiltinStateBackend,
  type BuiltinStateBackendDeps,
} from './BuiltinStateBackend';
import { stateErrorHandler } from './stateErrorHandler';
import type { StateKey } from './StateStore';
import {
  md5Base64,
  readLockInfo,
  readStateDocument,
} from './terraformDocuments';

export type StateRouterOptions = Omit<StateAuthenticationDeps, 'clock'> &
  Omit<BuiltinStateBackendDeps, 'clock'> & {
    logger: LoggerService;
    clock?: () => Date;
    /** The largest state accepted, in body-parser's notation; default 64mb. */
    maxStateSize?: string;
  };

/** The path the http backend's `address`, `lock_address` and `unlock_address` point at. */
export const STATE_ROUTE = '/state/:workspaceId/:component';

const MAX_LOCK_INFO_SIZE = '64kb';
const WORKSPACE_ID = /^[A-Za-z0-9_-]{1,36}$/;
const COMPONENT = /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/;

/**
 * Terraform's http backend protocol, per workspace and component: GET, POST `?ID=`,
 * LOCK and UNLOCK on `/state/:workspaceId/:component`, authenticated with HTTP Basic.
 * Mount it before any router that parses JSON bodies: the state is stored byte for
 * byte, so this router must read the body itself.
 */
export function createStateRouter(options: StateRouterOptions) {
  const clock = options.clock ?? (() => new Date());
  const backend = new BuiltinStateBackend({ ...options, clock });
  const authenticate = (request: Request) =>
    authenticateStateRequest(request.headers.authorization, {
      ...options,
      clock,
    });

  const router = Router();

  router.get(STATE_ROUTE, withActor(authenticate), async (req, res) => {
    const state = await backend.read(actorOf(res), keyOf(req));
    if (!state) {
      res.status(204).end();
      return;
    }
    const body = Buffer.from(state.state, 'utf8');
    // Terraform checks the Content-MD5 of what it reads when the header is present.
    res
      .status(200)
      .type('application/json')
      .setHeader('Content-MD5', md5Base64(body))
      .send(body);
  });

  router.post(
    STATE_ROUTE,
    withActor(authenticate),
    rawBody(options.maxStateSize ?? '64mb', 'state'),
    async (req, res) => {
      const lockId = typeof req.query.ID === 'string' ? req.query.ID : '';
      await backend.write(actorOf(res), keyOf(req), lockId, () =>
        readStateDocument(bodyOf(req), req.get('content-md5')),
      );
      res.status(200).end();
    },
  );

  router.lock(
    STATE_ROUTE,
    withActor(authenticate),
    rawBody(MAX_LOCK_INFO_SIZE, 'lock information'),
    async (req, res) => {
      await backend.lock(actorOf(res), keyOf(req), () =>
        readLockInfo(bodyOf(req)),
      );
      res.status(200).end();
    },
  );

  router.unlock(
    STATE_ROUTE,
    withActor(authenticate),
    rawBody(MAX_LOCK_INFO_SIZE, 'lock information'),
    async (req, res) => {
      await backend.unlock(actorOf(res), keyOf(req), () => {
        const body = bodyOf(req);
        // An empty UNLOCK is what `terraform force-unlock` sends.
        return body.length === 0 ? undefined : readLockInfo(body);
      });
      res.status(200).end();
    },
  );

  router.use('/state', stateErrorHandler(options.logger));
  return router;
}

function keyOf(req: Request): StateKey {
  const { workspaceId, component } = req.params;
  if (!WORKSPACE_ID.test(workspaceId)) {
    throw new InputError(
      `'${workspaceId.slice(
        0,
        64,
      )}' is not a workspace id; use the id from the workspace's page or API`,
    );
  }
  if (!COMPONENT.test(component)) {
    throw new InputError(
      `'${component.slice(
        0,
        64,
      )}' is not a component name; use 'infrastructure' or the name of an app stack`,
    );
  }
  return { workspaceId, component };
}

/** Authenticates before the body is read, so strangers cannot make us buffer a state. */
function withActor(
  authenticate: (request: Request) => Promise<StateActor>,
): RequestHandler {
  return async (req, res, next) => {
    res.locals.stateActor = await authenticate(req);
    next();
  };
}

function actorOf(res: Response): StateActor {
  const actor: StateActor | undefined = res.locals.stateActor;
  if (!actor) {
    throw new Error('The state route ran without authenticating the request');
  }
  return actor;
}

/** The body as sent, whatever its Content-Type: checksums are over the exact bytes. */
function rawBody(limit: string, what: string): RequestHandler {
  const parse = express.raw({ type: () => true, limit });
  return (req, res, next) => {
    if ((req as { _body?: boolean })._body) {
      next(
        new Error(
          'Another body parser read the state request first; mount the state router before routers that parse JSON',
        ),
      );
      return;
    }
    parse(req, res, error => {
      if (
        (error as { type?: string } | undefined)?.type === 'entity.too.large'
      ) {
        next(
          Object.assign(
            new InputError(
              `The ${what} is larger than the ${limit} this backend accepts; raise the limit (maxStateSize) if such states are expected`,
            ),
            { statusCode: 413 },
          ),
        );
        return;
      }
      next(error);
    });
  };
}

function bodyOf(req: Request): Buffer {
  // Without a Content-Length or Transfer-Encoding there is no body, and no Buffer.
  return Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
}
