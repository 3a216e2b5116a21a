import { resolvePackagePath } from '@backstage/backend-plugin-api';
import type { Knex } from 'knex';
import type { BenchBackend, BenchCase } from './benchCases';
import { explain } from './rawQueries';
import { settings } from './settings';
import { formatTable, ms, summarize, timed, type Samples } from './stats';

/** The migration whose index the benchmark measures without and with. */
const INDEX_MIGRATION = '20261128100000_list_indexes.js';
const INDEX_BLOCKS = 4;

type IndexState = 'without' | 'with';
type Paired = { api: Samples; raw: Samples };
type CaseSamples = Map<BenchCase, Record<IndexState, Paired>>;
type CasePlans = Record<IndexState, Map<BenchCase, string[]>>;

/**
 * The list cases without and with the index of INDEX_MIGRATION: the migration is undone
 * (knex.migrate.down) and redone (knex.migrate.up) in alternating blocks, so that both
 * states meet the same machine noise. Ends with the index in place.
 */
export async function compareIndex(
  knex: Knex,
  backend: BenchBackend,
  cases: BenchCase[],
): Promise<string[]> {
  const directory = resolvePackagePath(
    '@oqullus/plugin-workspaces-backend',
    'migrations',
  );
  const [completed] = await knex.migrate.list({ directory });
  const names = completed.map((m: { name?: string } | string) =>
    typeof m === 'string' ? m : m.name,
  );
  if (!names.includes(INDEX_MIGRATION)) {
    return [`(no migration ${INDEX_MIGRATION}: index comparison skipped)`];
  }
  const listCases = cases.filter(c => c.kind === 'list');
  const samples: CaseSamples = new Map(
    listCases.map(c => [
      c,
      { without: { api: [], raw: [] }, with: { api: [], raw: [] } },
    ]),
  );
  const plans: CasePlans = { without: new Map(), with: new Map() };
  const perBlock = Math.max(1, Math.ceil(settings.iterations / INDEX_BLOCKS));
  let state: IndexState = 'with';
  const setState = async (wanted: IndexState) => {
    if (wanted === state) return;
    if (wanted === 'without') {
      await knex.migrate.down({ directory, name: INDEX_MIGRATION });
    } else {
      await knex.migrate.up({ directory, name: INDEX_MIGRATION });
    }
    state = wanted;
  };
  const warmupPerBlock = Math.min(settings.warmup, 5);
  for (let block = 0; block < INDEX_BLOCKS; block++) {
    const order: IndexState[] =
      block % 2 === 0 ? ['without', 'with'] : ['with', 'without'];
    for (const wanted of order) {
      await setState(wanted);
      for (const benchCase of listCases) {
        if (!plans[wanted].has(benchCase)) {
          plans[wanted].set(
            benchCase,
            await explain(knex, benchCase.sql.clone()),
          );
        }
        const target = samples.get(benchCase)![wanted];
        for (let round = 0; round < warmupPerBlock + perBlock; round++) {
          const api = await timed(async () => {
            const response = await backend
              .as(benchCase.person)
              .get(benchCase.url);
            if (response.status !== 200) {
              throw new Error(`API answered ${response.status}`);
            }
          });
          const raw = await timed(() => benchCase.raw());
          if (round >= warmupPerBlock) {
            target.api.push(api.ms);
            target.raw.push(raw.ms);
          }
        }
      }
    }
  }
  await setState('with');
  return indexReport(listCases, samples, plans, perBlock);
}

/** The table without/with the index, and the plans it changes (timings left out). */
function indexReport(
  listCases: BenchCase[],
  samples: CaseSamples,
  plans: CasePlans,
  perBlock: number,
): string[] {
  const table = [
    [
      'case',
      'iters',
      'raw p50 without',
      'raw p50 with',
      'raw p95 without',
      'raw p95 with',
      'API p50 without',
      'API p50 with',
      'API p95 without',
      'API p95 with',
    ],
  ];
  const changedPlans: string[] = [];
  for (const benchCase of listCases) {
    const { without, with: withIndex } = samples.get(benchCase)!;
    const [rw, ri, aw, ai] = [
      summarize(without.raw),
      summarize(withIndex.raw),
      summarize(without.api),
      summarize(withIndex.api),
    ];
    table.push([
      benchCase.name,
      `${rw.n}+${ri.n}`,
      ms(rw.p50),
      ms(ri.p50),
      ms(rw.p95),
      ms(ri.p95),
      ms(aw.p50),
      ms(ai.p50),
      ms(aw.p95),
      ms(ai.p95),
    ]);
    const before = plans.without.get(benchCase) ?? [];
    const after = plans.with.get(benchCase) ?? [];
    const shape = (plan: string[]) =>
      plan.map(line => line.replace(/\(actual time=[^)]*\)|Time: .*/g, ''));
    if (shape(before).join('\n') !== shape(after).join('\n')) {
      changedPlans.push(
        `-- ${benchCase.name}, without:`,
        ...before.map(line => `   ${line}`),
        `-- ${benchCase.name}, with:`,
        ...after.map(line => `   ${line}`),
      );
    }
  }
  return [
    `Index of ${INDEX_MIGRATION}: list cases without it (migrate.down) and with it (migrate.up), ` +
      `${INDEX_BLOCKS} alternating blocks of ${perBlock} iterations each (ms)`,
    formatTable(table),
    '',
    changedPlans.length
      ? 'Plans that the index changes:'
      : 'The index changes no plan.',
    ...changedPlans,
  ];
}
