import type {
  AuditorService,
  HttpAuthService,
} from '@backstage/backend-plugin-api';
import type { Request } from 'express';
import type { Caller } from '../access/Caller';
import type { WorkspaceService } from '../service/WorkspaceService';

/** What the route handlers need: they parse, resolve the caller and call a use case. */
export type RouterDeps = {
  workspaces: WorkspaceService;
  auditor: AuditorService;
  httpAuth: HttpAuthService;
  callerOf(request: Request): Promise<Caller>;
};
