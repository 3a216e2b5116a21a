import type { Measured } from './measureCase';
import { TARGET_RATIO } from './settings';
import { formatTable, ms, ratio, summarize } from './stats';

function yesNo(value: boolean) {
  return value ? 'yes' : 'NO';
}

/** API against raw per case, and whether the targets are met. */
export function latencyTable(results: Measured[]): string[] {
  const table = [
    [
      'case',
      'iters',
      'rows',
      'API p50',
      'API p95',
      'raw p50',
      'raw p95',
      'API/raw p50',
      'API/raw p95',
      'p95 target',
      'p95 met',
      `ratio<=${TARGET_RATIO} met`,
      'target met',
    ],
  ];
  for (const result of results) {
    const api = summarize(result.api);
    const raw = summarize(result.raw);
    const latencyMet = api.p95 < result.benchCase.targetP95;
    const ratioMet =
      api.p50 / raw.p50 <= TARGET_RATIO && api.p95 / raw.p95 <= TARGET_RATIO;
    table.push([
      result.benchCase.name,
      String(api.n),
      String(result.rows),
      ms(api.p50),
      ms(api.p95),
      ms(raw.p50),
      ms(raw.p95),
      ratio(api.p50, raw.p50),
      ratio(api.p95, raw.p95),
      `< ${result.benchCase.targetP95} ms`,
      yesNo(latencyMet),
      yesNo(ratioMet),
      yesNo(latencyMet && ratioMet),
    ]);
  }
  return [
    'Latency in ms (p50/p95 over the iterations; API and raw measured interleaved in the same rounds)',
    formatTable(table),
  ];
}
