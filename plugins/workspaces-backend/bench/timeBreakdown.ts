import type { Measured } from './measureCase';
import { formatTable, ms, summarize } from './stats';

/** Where the API time goes: its queries, the permission call, HTTP and the rest (p50). */
export function timeBreakdown(results: Measured[]): string[] {
  const table = [
    [
      'case',
      'API p50',
      'all DB queries p50',
      'permission HTTP p50',
      'HTTP floor p50',
      'rest p50',
      'of which JSON p50',
      'raw p50',
    ],
  ];
  for (const result of results) {
    const api = summarize(result.api);
    const db = summarize(result.allQueries);
    const permission = summarize(result.permission);
    const floor = summarize(result.httpFloor);
    table.push([
      result.benchCase.name,
      ms(api.p50),
      ms(db.p50),
      ms(permission.p50),
      ms(floor.p50),
      ms(api.p50 - db.p50 - permission.p50 - floor.p50),
      ms(summarize(result.json).p50),
      ms(summarize(result.raw).p50),
    ]);
  }
  return [
    'Where the API time goes (p50, ms): all DB queries = every query the request runs, one after the other;',
    'permission HTTP = one POST /api/permission/authorize with the same permissions, as the request makes;',
    'HTTP floor = GET /.backstage/health/v1/liveness through the same client; rest = API - the three;',
    'of which JSON = JSON.stringify + JSON.parse of the answer (the server writes it, the client reads it).',
    formatTable(table),
  ];
}
