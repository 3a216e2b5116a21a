import {
  workspaceReadPermission,
  workspacesPermissions,
} from '@oqullus/plugin-workspaces-common';
import type { Knex } from 'knex';
import type { ExamplePerson } from '../src/__testUtils__/exampleOrg';
import type { startWorkspacesTestBackend } from '../src/__testUtils__/startWorkspacesTestBackend';
import {
  activeJobs,
  eventPage,
  membersOf,
  workspaceById,
  workspacePage,
  type WorkspacePageQuery,
} from './rawQueries';
import { developer } from './seed/people';
import type { SeedResult } from './seed/seedBenchData';
import { TARGET_EVENTS_P95_MS, TARGET_LIST_P95_MS } from './settings';

/** The plugin with the permission backend, as the router tests start it. */
export type BenchBackend = Awaited<
  ReturnType<typeof startWorkspacesTestBackend>
>;

/** One request shape, with the queries and permission call it amounts to. */
export type BenchCase = {
  name: string;
  kind: 'list' | 'events';
  person: ExamplePerson;
  url: string;
  targetP95: number;
  /** The store's main query for the same rows: the baseline. */
  raw(): Promise<string[]>;
  /** Every query the API runs for the request, one after the other as it does. */
  allQueries(): Promise<void>;
  /** The permissions the API asks the permission backend about, in one request. */
  permissions: readonly unknown[];
  /** Ids of the rows the API answered with, and whether it said more follow. */
  idsOf(body: any): string[];
  sql: Knex.QueryBuilder;
  /** For list cases: the store query, so variants of it can be measured too. */
  listQuery?: WorkspacePageQuery;
};

const LIST_LIMIT = 20;
const EVENTS_LIMIT = 100;
const DEEP_PAGE = 50;

const readerRoles = ['admin', 'operator', 'viewer'];
const workspaceResourcePermissions = workspacesPermissions.filter(
  permission => permission.type === 'resource',
);

function decodeWorkspaceCursor(cursor: string) {
  const { c, i } = JSON.parse(
    Buffer.from(cursor, 'base64url').toString('utf8'),
  );
  return { createdAt: String(c), id: String(i) };
}

/** Same ids in the same order: two ways of reading the rows agree. */
export function sameIds(expected: string[], actual: string[]): boolean {
  return (
    expected.length === actual.length &&
    expected.every((id, index) => id === actual[index])
  );
}

/** The cursor of page DEEP_PAGE, walked to through the API as a client would. */
async function deepPageCursor(as: BenchBackend['as']): Promise<string> {
  let cursor: string | undefined;
  for (let page = 1; page < DEEP_PAGE; page++) {
    const response = await as('accountOwner').get(
      `/workspaces?scope=all&limit=${LIST_LIMIT}${
        cursor ? `&cursor=${cursor}` : ''
      }`,
    );
    expect(response.status).toBe(200);
    cursor = response.body.nextCursor;
    expect(cursor).toBeDefined();
  }
  return cursor!;
}

function listCase(
  knex: Knex,
  name: string,
  person: ExamplePerson,
  url: string,
  query: WorkspacePageQuery,
): BenchCase {
  return {
    name,
    kind: 'list',
    person,
    url,
    targetP95: TARGET_LIST_P95_MS,
    sql: workspacePage(knex, query),
    listQuery: query,
    async raw() {
      const rows = await workspacePage(knex, query);
      return rows.slice(0, query.limit).map((row: { id: string }) => row.id);
    },
    async allQueries() {
      const rows = await workspacePage(knex, query);
      await activeJobs(
        knex,
        rows.slice(0, query.limit).map((row: { id: string }) => row.id),
      );
    },
    permissions: [workspaceReadPermission],
    idsOf: body => body.items.map((item: { id: string }) => item.id),
  };
}

function eventsCase(
  knex: Knex,
  hot: string,
  name: string,
  after: string | undefined,
): BenchCase {
  return {
    name,
    kind: 'events',
    person: 'developer',
    url: `/workspaces/${hot}/events?${
      after === undefined ? '' : `after=${after}&`
    }limit=${EVENTS_LIMIT}`,
    targetP95: TARGET_EVENTS_P95_MS,
    sql: eventPage(knex, hot, { after, limit: EVENTS_LIMIT }),
    async raw() {
      const rows = await eventPage(knex, hot, { after, limit: EVENTS_LIMIT });
      return rows.map((row: { id: string | number }) => String(row.id));
    },
    async allQueries() {
      await workspaceById(knex, hot);
      await membersOf(knex, hot);
      await eventPage(knex, hot, { after, limit: EVENTS_LIMIT });
    },
    permissions: workspaceResourcePermissions,
    idsOf: body => body.items.map((item: { id: string }) => item.id),
  };
}

/** The cases of README.md: lists 1–4b, then events 5a–d of the hot workspace. */
export async function buildCases(
  knex: Knex,
  as: BenchBackend['as'],
  seeded: SeedResult,
): Promise<BenchCase[]> {
  const developerRefs = [developer.ref, ...developer.groups];
  const developerPolicy = { claims: developerRefs, roles: readerRoles };
  const deepCursor = await deepPageCursor(as);

  const hot = seeded.hotWorkspaceId;
  const hotEventId = async (offset: number) => {
    const row = await knex('events')
      .select('id')
      .where({ workspace_id: hot })
      .orderBy('id')
      .offset(offset)
      .first();
    return String(row.id);
  };
  const lastOffset = seeded.counts.hotEvents - 1;

  return [
    listCase(
      knex,
      '1 list all, page 1 (Account Owner)',
      'accountOwner',
      `/workspaces?scope=all&limit=${LIST_LIMIT}`,
      { limit: LIST_LIMIT },
    ),
    listCase(
      knex,
      `2 list all, page ${DEEP_PAGE} (cursor)`,
      'accountOwner',
      `/workspaces?scope=all&limit=${LIST_LIMIT}&cursor=${deepCursor}`,
      { limit: LIST_LIMIT, after: decodeWorkspaceCursor(deepCursor) },
    ),
    listCase(
      knex,
      '3 list mine (developer)',
      'developer',
      `/workspaces?scope=mine&limit=${LIST_LIMIT}`,
      {
        limit: LIST_LIMIT,
        policy: developerPolicy,
        involving: developerRefs,
      },
    ),
    listCase(
      knex,
      '3b list all (developer: policy filter)',
      'developer',
      `/workspaces?scope=all&limit=${LIST_LIMIT}`,
      { limit: LIST_LIMIT, policy: developerPolicy },
    ),
    listCase(
      knex,
      `4 list running, q=${seeded.commonQuery}`,
      'accountOwner',
      `/workspaces?scope=all&status=running&q=${encodeURIComponent(
        seeded.commonQuery,
      )}&limit=${LIST_LIMIT}`,
      { limit: LIST_LIMIT, statuses: ['running'], q: seeded.commonQuery },
    ),
    listCase(
      knex,
      `4b list running, q='${seeded.rareQuery}'`,
      'accountOwner',
      `/workspaces?scope=all&status=running&q=${encodeURIComponent(
        seeded.rareQuery,
      )}&limit=${LIST_LIMIT}`,
      { limit: LIST_LIMIT, statuses: ['running'], q: seeded.rareQuery },
    ),
    eventsCase(knex, hot, '5a events, start (no cursor)', undefined),
    eventsCase(
      knex,
      hot,
      '5b events, middle',
      await hotEventId(Math.floor(seeded.counts.hotEvents / 2) - 1),
    ),
    eventsCase(
      knex,
      hot,
      '5c events, end (last full page)',
      await hotEventId(lastOffset - EVENTS_LIMIT),
    ),
    eventsCase(
      knex,
      hot,
      '5d events, tail poll (0 new)',
      await hotEventId(lastOffset),
    ),
  ];
}
