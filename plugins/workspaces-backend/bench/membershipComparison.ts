import type { Knex } from 'knex';
import { sameIds, type BenchCase } from './benchCases';
import { explain, workspacePage, type WorkspacePageQuery } from './rawQueries';
import { settings } from './settings';
import {
  formatTable,
  ms,
  ratio,
  summarize,
  timed,
  type Samples,
} from './stats';

/**
 * Old EXISTS vs current IN: the store used to write "is a member" as a correlated EXISTS
 * and now writes `workspaces.id IN (SELECT workspace_id ...)`. Both on the raw query of
 * each list case with a membership filter, alternating, checked to find the same rows.
 */
export async function compareOldExistsWithIn(
  knex: Knex,
  cases: BenchCase[],
): Promise<string[]> {
  const memberCases = cases.filter(
    c => c.listQuery && (c.listQuery.policy || c.listQuery.involving),
  );
  const table = [
    [
      'case',
      'iters',
      'old EXISTS p50',
      'old EXISTS p95',
      'current IN p50',
      'current IN p95',
      'IN/EXISTS p50',
    ],
  ];
  const plans: string[] = [];
  for (const benchCase of memberCases) {
    const current: WorkspacePageQuery = {
      ...benchCase.listQuery!,
      membership: 'in',
    };
    const old: WorkspacePageQuery = {
      ...benchCase.listQuery!,
      membership: 'exists',
    };
    const ids = async (query: WorkspacePageQuery) =>
      (await workspacePage(knex, query))
        .slice(0, query.limit)
        .map((row: { id: string }) => row.id);
    if (!sameIds(await ids(old), await ids(current))) {
      throw new Error(
        `${benchCase.name}: the old EXISTS and the current IN find other rows`,
      );
    }
    const exists: Samples = [];
    const inList: Samples = [];
    for (
      let round = 0;
      round < settings.warmup + settings.iterations;
      round++
    ) {
      const steps: Array<[Samples, WorkspacePageQuery]> = [
        [exists, old],
        [inList, current],
      ];
      if (round % 2) steps.reverse();
      for (const [target, query] of steps) {
        const { ms: took } = await timed(() => ids(query));
        if (round >= settings.warmup) target.push(took);
      }
    }
    const [e, i] = [summarize(exists), summarize(inList)];
    table.push([
      benchCase.name,
      String(e.n),
      ms(e.p50),
      ms(e.p95),
      ms(i.p50),
      ms(i.p95),
      ratio(i.p50, e.p50),
    ]);
    plans.push(
      `-- ${benchCase.name}, current IN:`,
      ...(await explain(knex, workspacePage(knex, current))).map(
        line => `   ${line}`,
      ),
    );
  }
  return [
    'Membership filter, old EXISTS vs current IN: the correlated EXISTS the store wrote before vs the id IN (subquery) it writes now, raw, same rows (ms):',
    formatTable(table),
    '',
    ...plans,
  ];
}
