import type { AuditorService } from '@backstage/backend-plugin-api';
import type { Caller } from '../access/Caller';
import { parseAccountResourceRequest } from '../account/parseAccountResourceRequest';
import { AccountResourcesService } from '../service/AccountResourcesService';
import { audited } from './audited';
import type { AnyApiRequest } from './RouterDeps';
import type { WorkspacesApiRouter } from './WorkspacesApiRouter';

/** /account/{kind}: stack templates, cloud credentials, state storages, networks. */
export function addAccountRoutes(
  router: WorkspacesApiRouter,
  deps: {
    account: AccountResourcesService;
    auditor: AuditorService;
    callerOf(request: AnyApiRequest): Promise<Caller>;
  },
) {
  const { account, auditor, callerOf } = deps;
  const kindOf = (req: { params: { kind: string } }) =>
    AccountResourcesService.parseKind(req.params.kind);

  router.get('/account/:kind', async (req, res) => {
    const kind = kindOf(req);
    res.json({ items: await account.list(await callerOf(req), kind) });
  });

  router.get('/account/:kind/:name', async (req, res) => {
    const kind = kindOf(req);
    res.json(await account.get(await callerOf(req), kind, req.params.name));
  });

  router.post('/account/:kind', async (req, res) => {
    const kind = kindOf(req);
    const caller = await callerOf(req);
    const created = await audited(
      auditor,
      req,
      {
        eventId: 'account-resource',
        severityLevel: 'high',
        meta: { action: 'create', kind, name: String(req.body?.name) },
      },
      () =>
        account.create(
          caller,
          kind,
          parseAccountResourceRequest(kind, req.body),
        ),
    );
    res.status(201).json(created);
  });

  router.put('/account/:kind/:name', async (req, res) => {
    const kind = kindOf(req);
    const caller = await callerOf(req);
    const { name } = req.params;
    res.json(
      await audited(
        auditor,
        req,
        {
          eventId: 'account-resource',
          severityLevel: 'high',
          meta: { action: 'replace', kind, name },
        },
        () =>
          account.replace(
            caller,
            kind,
            name,
            parseAccountResourceRequest(kind, req.body, name),
          ),
      ),
    );
  });

  router.delete('/account/:kind/:name', async (req, res) => {
    const kind = kindOf(req);
    const caller = await callerOf(req);
    const { name } = req.params;
    await audited(
      auditor,
      req,
      {
        eventId: 'account-resource',
        severityLevel: 'high',
        meta: { action: 'delete', kind, name },
      },
      () => account.delete(caller, kind, name),
    );
    res.status(204).end();
  });

  router.post('/account/:kind/:name/check', async (req, res) => {
    const kind = kindOf(req);
    const caller = await callerOf(req);
    const { name } = req.params;
    res.json(
      await audited(
        auditor,
        req,
        { eventId: 'account-resource-check', meta: { kind, name } },
        () => account.check(caller, kind, name),
      ),
    );
  });
}
