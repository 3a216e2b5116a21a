import { changeMemberRoleRequestSchema } from '@oqullus/plugin-workspaces-common';
import { audited } from './audited';
import { parseBody, parseMemberRef } from './parseRequest';
import type { RouterDeps } from './RouterDeps';
import type { WorkspacesApiRouter } from './WorkspacesApiRouter';

/** /workspaces/{id}/members: users or groups, each with a role. */
export function addMemberRoutes(router: WorkspacesApiRouter, deps: RouterDeps) {
  const { workspaces, auditor, callerOf } = deps;

  router.get('/workspaces/:id/members', async (req, res) => {
    const caller = await callerOf(req);
    res.json({
      items: await workspaces.queries.members(caller, req.params.id),
    });
  });

  router.put('/workspaces/:id/members/:memberRef', async (req, res) => {
    const caller = await callerOf(req);
    const { id, memberRef } = req.params;
    res.json(
      await audited(
        auditor,
        req,
        {
          eventId: 'workspace-member',
          severityLevel: 'high',
          meta: { workspaceId: id, member: memberRef, action: 'put' },
        },
        () =>
          workspaces.settings.putMember(
            caller,
            id,
            parseMemberRef(memberRef),
            parseBody(changeMemberRoleRequestSchema, req.body),
          ),
      ),
    );
  });

  router.delete('/workspaces/:id/members/:memberRef', async (req, res) => {
    const caller = await callerOf(req);
    const { id, memberRef } = req.params;
    await audited(
      auditor,
      req,
      {
        eventId: 'workspace-member',
        severityLevel: 'high',
        meta: { workspaceId: id, member: memberRef, action: 'remove' },
      },
      () =>
        workspaces.settings.removeMember(caller, id, parseMemberRef(memberRef)),
    );
    res.status(204).end();
  });
}
