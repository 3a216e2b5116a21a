import {
  approvalDecisionSchema,
  createWorkspaceRequestSchema,
  operationRequestSchema,
  updateWorkspaceRequestSchema,
} from '@oqullus/plugin-workspaces-common';
import { audited } from './audited';
import { parseBody, parseQuery } from './parseRequest';
import {
  cursorQuerySchema,
  eventsQuerySchema,
  listWorkspacesQuerySchema,
  parseIdempotencyKey,
} from './requestQueries';
import type { RouterDeps } from './RouterDeps';
import type { WorkspacesApiRouter } from './WorkspacesApiRouter';

/** /workspaces and everything below one workspace except its members. */
export function addWorkspaceRoutes(
  router: WorkspacesApiRouter,
  deps: RouterDeps,
) {
  const { workspaces, auditor, callerOf } = deps;

  router.get('/workspaces', async (req, res) => {
    const query = parseQuery(listWorkspacesQuerySchema, req.query);
    const caller = await callerOf(req);
    res.json(
      await workspaces.queries.list(caller, {
        scope: query.scope,
        statuses: query.status,
        approval: query.approval,
        stackTemplate: query.template,
        owner: query.owner,
        q: query.q,
        limit: query.limit,
        cursor: query.cursor,
        sort: query.sort,
        order: query.order,
      }),
    );
  });

  router.post('/workspaces', async (req, res) => {
    const caller = await callerOf(req);
    const key = parseIdempotencyKey(req.header('idempotency-key'));
    const { workspace, job, replayed } = await audited(
      auditor,
      req,
      { eventId: 'workspace-create', meta: { idempotencyKey: key ?? null } },
      () =>
        workspaces.creation.create(
          caller,
          parseBody(createWorkspaceRequestSchema, req.body),
          key,
        ),
      result => ({
        workspaceId: result.workspace.id,
        externalId: result.workspace.externalId,
        replayed: result.replayed,
      }),
    );
    if (replayed) res.setHeader('Idempotent-Replayed', 'true');
    res.status(201).json({ ...workspace, job });
  });

  router.get('/workspaces/:id', async (req, res) => {
    const caller = await callerOf(req);
    res.json(await workspaces.queries.get(caller, req.params.id));
  });

  router.patch('/workspaces/:id', async (req, res) => {
    const caller = await callerOf(req);
    const id = req.params.id;
    res.json(
      await audited(
        auditor,
        req,
        {
          eventId: 'workspace-update',
          meta: { workspaceId: id, fields: Object.keys(req.body ?? {}) },
        },
        () =>
          workspaces.settings.update(
            caller,
            id,
            parseBody(updateWorkspaceRequestSchema, req.body),
          ),
      ),
    );
  });

  router.delete('/workspaces/:id', async (req, res) => {
    const caller = await callerOf(req);
    const id = req.params.id;
    const job = await audited(
      auditor,
      req,
      {
        eventId: 'workspace-delete',
        severityLevel: 'high',
        meta: { workspaceId: id },
      },
      () => workspaces.operations.delete(caller, id),
      result => ({ jobId: result.id }),
    );
    res.status(202).json({ job });
  });

  router.post('/workspaces/:id/operations', async (req, res) => {
    const caller = await callerOf(req);
    const id = req.params.id;
    const job = await audited(
      auditor,
      req,
      {
        eventId: 'workspace-operation',
        meta: { workspaceId: id, operation: String(req.body?.operation) },
      },
      () =>
        workspaces.operations.request(
          caller,
          id,
          parseBody(operationRequestSchema, req.body),
        ),
      result => ({ jobId: result.id }),
    );
    res.status(202).json({ job });
  });

  router.post('/workspaces/:id/approval', async (req, res) => {
    const caller = await callerOf(req);
    const id = req.params.id;
    const { workspace, job } = await audited(
      auditor,
      req,
      {
        eventId: 'workspace-approval',
        severityLevel: 'high',
        meta: { workspaceId: id, decision: String(req.body?.decision) },
      },
      () =>
        workspaces.approval.decide(
          caller,
          id,
          parseBody(approvalDecisionSchema, req.body),
        ),
      result => ({ jobId: result.job?.id ?? null }),
    );
    res.json({ ...workspace, job });
  });

  router.delete('/workspaces/:id/state-locks/:component', async (req, res) => {
    const caller = await callerOf(req);
    const { id, component } = req.params;
    // Audited by the use case, the same way as `terraform force-unlock`.
    await workspaces.stateLocks.forceUnlock(caller, id, component);
    res.status(204).end();
  });

  router.get('/workspaces/:id/events', async (req, res) => {
    const query = parseQuery(eventsQuerySchema, req.query);
    const caller = await callerOf(req);
    res.json(await workspaces.queries.events(caller, req.params.id, query));
  });

  router.get('/workspaces/:id/resources', async (req, res) => {
    const caller = await callerOf(req);
    res.json(await workspaces.resources.list(caller, req.params.id));
  });

  router.get('/workspaces/:id/jobs', async (req, res) => {
    const caller = await callerOf(req);
    res.json({ items: await workspaces.queries.jobs(caller, req.params.id) });
  });

  router.get('/jobs/:jobId', async (req, res) => {
    const caller = await callerOf(req);
    res.json(await workspaces.queries.job(caller, req.params.jobId));
  });

  router.get('/jobs/:jobId/log', async (req, res) => {
    const query = parseQuery(cursorQuerySchema, req.query);
    const caller = await callerOf(req);
    res.json(
      await workspaces.queries.jobLog(caller, req.params.jobId, {
        after: query.after === undefined ? undefined : Number(query.after),
        limit: query.limit,
      }),
    );
  });

  router.post('/jobs/:jobId/kept-states/:component/push', async (req, res) => {
    const caller = await callerOf(req);
    const { jobId, component } = req.params;
    res.json(
      await audited(
        auditor,
        req,
        {
          eventId: 'state-push',
          severityLevel: 'high',
          meta: { jobId, component },
        },
        () => workspaces.keptStates.push(caller, jobId, component),
        result => ({ serial: result.serial, outcome: result.outcome }),
      ),
    );
  });

  router.post('/jobs/:jobId/cancel', async (req, res) => {
    const caller = await callerOf(req);
    const jobId = req.params.jobId;
    const job = await audited(
      auditor,
      req,
      { eventId: 'job-cancel', meta: { jobId } },
      () => workspaces.operations.cancel(caller, jobId),
    );
    res.status(202).json(job);
  });
}
