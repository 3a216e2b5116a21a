import { parseEntityRef, type Entity } from '@backstage/catalog-model';

/**
 * The people of the router tests, mirroring examples/org.yaml: each user with the groups
 * they belong to, as the catalog-backed userInfo service would report them.
 */
export const exampleOrg = {
  accountOwner: {
    ref: 'user:default/olivia.owner',
    groups: ['group:default/platform-owners', 'group:default/platform'],
  },
  admin: {
    ref: 'user:default/adrian.admin',
    groups: ['group:default/platform-admins', 'group:default/platform'],
  },
  teamLead: {
    ref: 'user:default/tara.lead',
    groups: ['group:default/data-engineering'],
  },
  developer: {
    ref: 'user:default/dana.dev',
    groups: ['group:default/data-engineering'],
  },
  outsider: {
    ref: 'user:default/noah.analyst',
    groups: ['group:default/analytics'],
  },
  adminMember: { ref: 'user:default/amy.member', groups: [] as string[] },
  operatorMember: { ref: 'user:default/oscar.member', groups: [] as string[] },
  viewerMember: { ref: 'user:default/vera.member', groups: [] as string[] },
} as const;

export type ExamplePerson = keyof typeof exampleOrg;

/**
 * Service principals of the router tests: a script whose static token is granted read
 * and create (as app-config.yaml grants `example-scripts`), one granted nothing, one
 * granted much, and the catalog with its default grant. Listed ones are configured.
 */
export const exampleServices = {
  grantedService: {
    subject: 'example-scripts',
    permissions: [
      'workspaces.workspace.read',
      'workspaces.workspace.create',
      'workspaces.account.read',
    ],
  },
  ungrantedService: { subject: 'unlisted-script', permissions: undefined },
  /** A release robot an installation trusts with approvals, state and the account. */
  trustedService: {
    subject: 'release-bot',
    permissions: [
      'workspaces.workspace.read',
      'workspaces.workspace.create',
      'workspaces.workspace.approve',
      'workspaces.workspace.delete',
      'workspaces.state.read',
      'workspaces.state.unlock',
      'workspaces.account.read',
      'workspaces.account.manage',
    ],
  },
  /** The catalog's entity provider; not configured, so it has the default grant. */
  catalogService: { subject: 'plugin:catalog', permissions: undefined },
} as const;

export type ExampleService = keyof typeof exampleServices;

/** Anyone the test backend can send a request as. */
export type ExampleCaller = ExamplePerson | ExampleService;

export function isExampleService(
  caller: ExampleCaller,
): caller is ExampleService {
  return caller in exampleServices;
}

/**
 * workspaces.roles of the router tests, as app-config.yaml has them.
 *
 * @public
 */
export const accountRolesConfig: {
  accountOwners: string[];
  admins: string[];
  teamLeads: Array<{ lead: string; teams: string[] }>;
  services: Array<{ subject: string; permissions: string[] }>;
} = {
  accountOwners: ['group:default/platform-owners'],
  admins: ['group:default/platform-admins'],
  teamLeads: [
    {
      lead: exampleOrg.teamLead.ref,
      teams: ['group:default/data-engineering'],
    },
  ],
  services: Object.values(exampleServices).flatMap(service =>
    service.permissions
      ? [{ subject: service.subject, permissions: [...service.permissions] }]
      : [],
  ),
};

/**
 * The example org's groups as the catalog holds them, with a `hasMember` relation for
 * each person in the group: what the policy reads a team lead's team from.
 */
export function exampleOrgGroupEntities(): Entity[] {
  const groups = [
    ...new Set(Object.values(exampleOrg).flatMap(person => person.groups)),
  ];
  return groups.map(ref => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: parseEntityRef(ref).name, namespace: 'default' },
    spec: { type: 'team', children: [] },
    relations: Object.values(exampleOrg)
      .filter(person => (person.groups as readonly string[]).includes(ref))
      .map(person => ({ type: 'hasMember', targetRef: person.ref })),
  }));
}

/**
 * Users in the catalog who never send requests: tests give them roles and take them
 * away without changing what any caller may do.
 */
export const exampleBystanders = {
  joining: 'user:default/bea.bystander',
  leaving: 'user:default/lee.leaving',
} as const;

// The names people go by, as in examples/org.yaml.
const displayNames: Record<string, string> = {
  'user:default/olivia.owner': 'Olivia Owner',
  'user:default/adrian.admin': 'Adrian Admin',
  'user:default/tara.lead': 'Tara Lead',
  'user:default/dana.dev': 'Dana Developer',
  'user:default/noah.analyst': 'Noah Analyst',
};

/**
 * The example org as the catalog holds it: its groups (see exampleOrgGroupEntities),
 * every person and bystander as a User with their display name, so new members are
 * checked against it and notifications name people.
 */
export function exampleOrgEntities(): Entity[] {
  const people = [
    ...Object.values(exampleOrg),
    ...Object.values(exampleBystanders).map(ref => ({ ref, groups: [] })),
  ];
  const users: Entity[] = people.map(person => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name: parseEntityRef(person.ref).name, namespace: 'default' },
    spec: {
      ...(displayNames[person.ref] && {
        profile: { displayName: displayNames[person.ref] },
      }),
      memberOf: [...person.groups],
    },
  }));
  return [...exampleOrgGroupEntities(), ...users];
}
