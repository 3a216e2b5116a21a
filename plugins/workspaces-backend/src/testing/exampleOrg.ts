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

export const accountRolesConfig = {
  accountOwners: ['group:default/platform-owners'],
  admins: ['group:default/platform-admins'],
};
