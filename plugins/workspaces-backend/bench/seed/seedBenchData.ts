import type { Knex } from 'knex';
import { seedEvents } from './events';
import { insertRows } from './insertRows';
import { jobRows } from './jobRows';
import { memberRows } from './memberRows';
import { developerInvolvement } from './people';
import { seedRandom } from './seedRandom';
import { seedWorkspace } from './workspaceRows';

/** How much to seed; the figures are the defaults (see README.md). */
export type SeedPlan = {
  workspaces: number;
  events: number;
  /** One event in this many belongs to the hot workspace (10: 100k of 1M). */
  hotEveryNth: number;
  /** Workspaces the developer owns or belongs to (about 100). */
  developerWorkspaces: number;
};

export type SeedResult = {
  counts: {
    workspaces: number;
    members: number;
    jobs: number;
    activeJobs: number;
    events: number;
    hotEvents: number;
  };
  /** The workspace with the most events (~hotEveryNth share of them). */
  hotWorkspaceId: string;
  /** Not deleted, owned by the developer or their group or with them as a member. */
  developerVisible: number;
  /** A search word found in many names and descriptions. */
  commonQuery: string;
  /** The full name of one running workspace: a search that matches (almost) nothing else. */
  rareQuery: string;
};

/**
 * Workspaces with their members and jobs, made in one pass from one random sequence (so
 * every run seeds the same rows), then the events. README.md describes the data.
 */
export async function seedBenchData(
  knex: Knex,
  plan: SeedPlan,
): Promise<SeedResult> {
  if (plan.workspaces < 10 * plan.developerWorkspaces) {
    throw new Error(
      `Seed at least ${10 * plan.developerWorkspaces} workspaces for ${
        plan.developerWorkspaces
      } of the developer's`,
    );
  }
  const random = seedRandom(20261128);
  const involvement = developerInvolvement(
    plan.workspaces,
    plan.developerWorkspaces,
  );
  const hotIndex =
    Math.floor((4 * plan.workspaces) / plan.developerWorkspaces) + 17;
  const rareIndex = Math.floor(plan.workspaces / 2) + 1;

  const workspaces: Record<string, unknown>[] = [];
  const members: Record<string, unknown>[] = [];
  const jobs: Record<string, unknown>[] = [];
  let developerVisible = 0;
  let rareQuery = '';
  for (let i = 0; i < plan.workspaces; i++) {
    const involved = involvement.get(i);
    const workspace = seedWorkspace(random, i, {
      involvement: involved,
      running: i === hotIndex || i === rareIndex,
    });
    workspaces.push(workspace.row);
    if (i === rareIndex) rareQuery = workspace.name.toLowerCase();
    if (involved && workspace.status !== 'deleted') developerVisible += 1;
    members.push(...memberRows(random, workspace, involved));
    jobs.push(...jobRows(random, workspace));
  }

  const activeJobs = jobs.filter(
    row => row.status === 'queued' || row.status === 'running',
  ).length;
  await insertRows(knex, 'workspaces', workspaces);
  await insertRows(knex, 'workspace_members', members);
  await insertRows(knex, 'jobs', jobs);

  const hotWorkspaceId = workspaces[hotIndex].id as string;
  await seedEvents(knex, {
    events: plan.events,
    hotEveryNth: plan.hotEveryNth,
    hotIndex,
    workspaceIds: workspaces.map(w => w.id as string),
  });

  const [{ count: hotEvents }] = await knex('events')
    .where({ workspace_id: hotWorkspaceId })
    .count({ count: '*' });
  const [{ count: events }] = await knex('events').count({ count: '*' });

  return {
    counts: {
      workspaces: workspaces.length,
      members: members.length,
      jobs: jobs.length,
      activeJobs,
      events: Number(events),
      hotEvents: Number(hotEvents),
    },
    hotWorkspaceId,
    developerVisible,
    commonQuery: 'lakehouse',
    rareQuery,
  };
}

/**
 * What the database would have after a while in production: PostgreSQL's autovacuum
 * analyzes and vacuums new tables. Backstage never runs ANALYZE on SQLite, so SQLite
 * plans without statistics, as it would in a portal.
 */
export async function settleAfterSeeding(knex: Knex): Promise<void> {
  if (knex.client.config.client === 'pg') {
    await knex.raw('VACUUM ANALYZE');
  }
}
