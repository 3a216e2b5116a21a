import type {
  AuditorService,
  HttpAuthService,
} from '@backstage/backend-plugin-api';
import type { Request } from 'express';
import type { Caller } from '../access/Caller';
import type { WorkspaceService } from '../service/WorkspaceService';

/**
 * A request of any route of the typed router, whatever its params, query and
 * body: what resolving the caller and auditing need, as httpAuth takes it.
 */
export type AnyApiRequest = Request<any, any, any, any>;

/** What the route handlers need: they parse, resolve the caller and call a use case. */
export type RouterDeps = {
  workspaces: WorkspaceService;
  auditor: AuditorService;
  httpAuth: HttpAuthService;
  callerOf(request: AnyApiRequest): Promise<Caller>;
};
