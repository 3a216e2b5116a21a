import type { Entity } from '@backstage/catalog-model';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import catalogModuleWorkspaces from '@oqullus/plugin-catalog-backend-module-workspaces';
import path from 'node:path';
import { eventually } from '@oqullus/plugin-workspaces-common/testUtils';
import type { ExamplePerson } from '../__testUtils__/exampleOrg';
import {
  aCreateRequest,
  authorizationOf,
  exampleStackTemplates,
  type WorkspacesTestBackend,
} from '../__testUtils__/startWorkspacesTestBackend';
import { requireStatus, startOnDatabase } from '../__testUtils__/teamWorkspace';
import {
  createTestDatabases,
  expectPostgresInCI,
} from '../__testUtils__/testDatabases';

jest.setTimeout(180_000);

/**
 * The example workspaces, by entity name (their external id), and who creates them:
 * Dana's own; one of her team's; one of Olivia's where Dana is a viewer; Adrian's.
 */
const workspaces = {
  'ws-dana-own': { creator: 'developer', owner: 'user:default/dana.dev' },
  'ws-data-team': {
    creator: 'developer',
    owner: 'group:default/data-engineering',
  },
  'ws-olivia-shared': {
    creator: 'accountOwner',
    owner: 'user:default/olivia.owner',
    viewer: 'user:default/dana.dev',
  },
  'ws-adrian-own': { creator: 'admin', owner: 'user:default/adrian.admin' },
} as const;
type WorkspaceName = keyof typeof workspaces;
const everyWorkspace = Object.keys(workspaces).sort() as WorkspaceName[];

/** Who sees which workspace entity: exactly those who may read the workspace. */
const visibleTo: Record<string, WorkspaceName[]> = {
  accountOwner: everyWorkspace,
  admin: everyWorkspace,
  developer: ['ws-dana-own', 'ws-data-team', 'ws-olivia-shared'],
  // Tara leads Data Engineering: her team's and its members' workspaces, not those
  // where a member is only a member.
  teamLead: ['ws-dana-own', 'ws-data-team'],
  outsider: [],
};
const people = Object.keys(visibleTo) as ExamplePerson[];

const accountResourceEntities = [
  'cloud-credential-local-sandbox',
  'network-shared-dev-network',
  'stack-template-gated-lakehouse',
  'stack-template-lakehouse-local',
  'state-storage-builtin',
];

describe('workspace entities in the catalog', () => {
  const databases = createTestDatabases();
  expectPostgresInCI(databases);

  describe.each(databases.eachSupportedId())('on %s', databaseId => {
    let backend: WorkspacesTestBackend;

    const catalogGet = (person: ExamplePerson, url: string) =>
      backend.http
        .get(`/api/catalog${url}`)
        .set('Authorization', authorizationOf(person));

    /** Waits until the catalog serves the entity at `entityPath` (it reads the org a moment after start). */
    const catalogHolds = (entityPath: string) =>
      eventually(
        `the catalog to hold ${entityPath}`,
        async () => {
          const found = await catalogGet('accountOwner', entityPath);
          return found.status === 200 ? found : undefined;
        },
        { timeoutMs: 60_000, intervalMs: 50 },
      );

    async function workspaceEntitiesListedTo(person: ExamplePerson) {
      const page = await catalogGet(
        person,
        '/entities/by-query?filter=kind=resource,spec.type=workspace&limit=100',
      );
      expect(page.status).toBe(200);
      return {
        names: (page.body.items as Entity[]).map(e => e.metadata.name).sort(),
        totalItems: page.body.totalItems as number,
        entities: page.body.items as Entity[],
      };
    }

    beforeAll(async () => {
      backend = await startOnDatabase(databases, databaseId, {
        catalog: {
          knex: await databases.init(databaseId),
          features: [catalogPlugin, catalogModuleWorkspaces],
        },
        extraConfig: {
          catalog: {
            stitchingStrategy: { mode: 'immediate' },
            processingInterval: { seconds: 1 },
            rules: [{ allow: ['User', 'Group', 'Resource', 'Location'] }],
            locations: [
              {
                type: 'file',
                target: path.resolve(exampleStackTemplates, '../org.yaml'),
              },
            ],
            providers: {
              workspaces: {
                schedule: {
                  frequency: { seconds: 2 },
                  timeout: { seconds: 30 },
                },
                deltaIntervalSeconds: 1,
              },
            },
          },
        },
      });
      // Members must exist in the catalog: wait until it has read the org.
      await catalogHolds('/entities/by-name/user/default/dana.dev');
      for (const [externalId, spec] of Object.entries(workspaces)) {
        const created = await backend
          .as(spec.creator)
          .post('/workspaces')
          .send(
            aCreateRequest({ name: externalId, externalId, owner: spec.owner }),
          );
        requireStatus(created, 201, `creating ${externalId}`);
        if ('viewer' in spec) {
          const added = await backend
            .as('admin')
            .put(
              `/workspaces/${created.body.id}/members/${encodeURIComponent(
                spec.viewer,
              )}`,
            )
            .send({ role: 'viewer' });
          requireStatus(added, 200, `adding ${spec.viewer}`);
        }
      }
      // The catalog has the org, and every workspace with its members.
      await eventually(
        'the catalog to hold every workspace with its members',
        async () => {
          const { entities } = await workspaceEntitiesListedTo('accountOwner');
          const shared = entities.find(
            e => e.metadata.name === 'ws-olivia-shared',
          );
          const complete =
            entities.length === everyWorkspace.length &&
            (shared?.spec?.members as string[] | undefined)?.includes(
              'user:default/dana.dev',
            );
          return complete ? entities : undefined;
        },
        { timeoutMs: 60_000, intervalMs: 50 },
      );
      await catalogHolds('/entities/by-name/group/default/data-engineering');
    });

    it.each(people)(
      'lists to %s exactly the workspaces they may read',
      async person => {
        const listed = await workspaceEntitiesListedTo(person);
        expect(listed.names).toEqual(visibleTo[person]);
        expect(listed.totalItems).toBe(visibleTo[person].length);
      },
    );

    it.each(people)(
      'answers the by-name GET of each workspace entity as the list does, for %s',
      async person => {
        const statuses = Object.fromEntries(
          await Promise.all(
            everyWorkspace.map(async name => [
              name,
              (
                await catalogGet(
                  person,
                  `/entities/by-name/resource/default/${name}`,
                )
              ).status,
            ]),
          ),
        );
        expect(statuses).toEqual(
          Object.fromEntries(
            everyWorkspace.map(name => [
              name,
              visibleTo[person].includes(name) ? 200 : 404,
            ]),
          ),
        );
      },
    );

    it.each(people)(
      'counts in the facets only the workspaces %s may see, and every account resource',
      async person => {
        const facets = await catalogGet(
          person,
          '/entity-facets?facet=spec.type&filter=kind=resource',
        );
        expect(facets.status).toBe(200);
        const counts = Object.fromEntries(
          (
            facets.body.facets['spec.type'] as Array<{
              value: string;
              count: number;
            }>
          ).map(({ value, count }) => [value, count]),
        );
        expect(counts).toEqual({
          'cloud-credential': 1,
          network: 1,
          'stack-template': 2,
          'state-storage': 1,
          ...(visibleTo[person].length > 0 && {
            workspace: visibleTo[person].length,
          }),
        });
      },
    );

    it.each(people)(
      'shows %s every account resource and every person, with no relation naming a workspace',
      async person => {
        const resources = await catalogGet(
          person,
          '/entities/by-query?filter=kind=resource&limit=100',
        );
        const accountEntities = (resources.body.items as Entity[]).filter(
          e => e.spec?.type !== 'workspace',
        );
        expect(accountEntities.map(e => e.metadata.name).sort()).toEqual(
          accountResourceEntities,
        );
        expect(JSON.stringify(accountEntities)).not.toMatch(/ws-[a-z-]+/);
        const users = await catalogGet(
          person,
          '/entities/by-query?filter=kind=user&limit=100',
        );
        expect(users.body.totalItems).toBe(5);
      },
    );

    it('relates each workspace entity to what it is built from', async () => {
      const { entities } = await workspaceEntitiesListedTo('accountOwner');
      const dana = entities.find(e => e.metadata.name === 'ws-dana-own')!;
      expect(
        dana.relations
          ?.filter(r => r.type === 'dependsOn')
          .map(r => r.targetRef)
          .sort(),
      ).toEqual([
        'resource:default/cloud-credential-local-sandbox',
        'resource:default/stack-template-lakehouse-local',
        'resource:default/state-storage-builtin',
      ]);
    });
  });
});
