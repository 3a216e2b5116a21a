import { mockCredentials } from '@backstage/backend-test-utils';
import { exampleOrg } from '../src/__testUtils__/exampleOrg';
import { sameIds, type BenchBackend, type BenchCase } from './benchCases';
import { settings } from './settings';
import { timed, type Samples } from './stats';

/** The samples of one case: the API, its baseline and the parts the API time is made of. */
export type Measured = {
  benchCase: BenchCase;
  rows: number;
  api: Samples;
  raw: Samples;
  allQueries: Samples;
  permission: Samples;
  httpFloor: Samples;
  /** JSON.stringify and JSON.parse of the API's answer: what server and client do with it. */
  json: Samples;
};

type Step = [
  keyof Omit<Measured, 'benchCase' | 'rows'>,
  () => Promise<unknown>,
];

/** Same rows through both paths, or the comparison means nothing. Returns the API's answer. */
async function checkSameRows(
  benchCase: BenchCase,
  backend: BenchBackend,
): Promise<{ body: any; ids: string[] }> {
  const first = await backend.as(benchCase.person).get(benchCase.url);
  if (first.status !== 200) {
    throw new Error(
      `${benchCase.name}: GET ${benchCase.url} answered ${
        first.status
      }: ${JSON.stringify(first.body)}`,
    );
  }
  const apiIds = benchCase.idsOf(first.body);
  const rawIds = await benchCase.raw();
  if (!sameIds(rawIds, apiIds)) {
    throw new Error(
      `${benchCase.name}: the raw query found other rows than the API (${rawIds.length} vs ${apiIds.length}: ${rawIds[0]} vs ${apiIds[0]})`,
    );
  }
  return { body: first.body, ids: apiIds };
}

/** What one round times: the request, the baseline and the parts of the request. */
function stepsOf(
  benchCase: BenchCase,
  backend: BenchBackend,
  answer: unknown,
): Step[] {
  const { as, http } = backend;
  // The token the plugin itself sends the permission backend: on behalf of the user.
  const authorization = mockCredentials.service.header({
    onBehalfOf: mockCredentials.user(exampleOrg[benchCase.person].ref),
    targetPluginId: 'permission',
  });
  const permissionBody = {
    items: benchCase.permissions.map((permission, index) => ({
      id: String(index),
      permission,
    })),
  };
  return [
    [
      'api',
      async () => {
        const response = await as(benchCase.person).get(benchCase.url);
        if (response.status !== 200)
          throw new Error(`API answered ${response.status}`);
      },
    ],
    ['raw', () => benchCase.raw()],
    ['allQueries', () => benchCase.allQueries()],
    [
      'permission',
      async () => {
        const response = await http
          .post('/api/permission/authorize')
          .set('Authorization', authorization)
          .send(permissionBody);
        if (response.status !== 200) {
          throw new Error(
            `permission backend answered ${response.status}: ${JSON.stringify(
              response.body,
            )}`,
          );
        }
      },
    ],
    ['json', async () => JSON.parse(JSON.stringify(answer))],
    [
      'httpFloor',
      async () => {
        const response = await http.get('/.backstage/health/v1/liveness');
        if (response.status !== 200)
          throw new Error(`liveness answered ${response.status}`);
      },
    ],
  ];
}

/** Warm-up rounds, then settings.iterations measured rounds of every step. */
export async function measureCase(
  benchCase: BenchCase,
  backend: BenchBackend,
): Promise<Measured> {
  const answer = await checkSameRows(benchCase, backend);
  const steps = stepsOf(benchCase, backend, answer.body);
  const measured: Measured = {
    benchCase,
    rows: answer.ids.length,
    api: [],
    raw: [],
    allQueries: [],
    permission: [],
    httpFloor: [],
    json: [],
  };
  // Interleaved, starting at a different step each round, so that whatever else the
  // machine does falls on all of them alike.
  for (let round = 0; round < settings.warmup + settings.iterations; round++) {
    for (let s = 0; s < steps.length; s++) {
      const [key, step] = steps[(round + s) % steps.length];
      const { ms: took } = await timed(step);
      if (round >= settings.warmup) measured[key].push(took);
    }
  }
  return measured;
}
