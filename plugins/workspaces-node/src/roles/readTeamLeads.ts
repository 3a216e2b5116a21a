import type { Config } from '@backstage/config';

/**
 * A team lead: a user (or every member of a group) who reads, and only reads, every
 * workspace owned by one of the teams or by any member of them.
 *
 * @public
 */
export type TeamLead = {
  /** Entity ref of the lead: a user, or a group whose members all lead. */
  lead: string;
  /** Entity refs of the groups they lead. */
  teams: string[];
};

/**
 * The team leads of `workspaces.roles.teamLeads`, with refs lower-cased as in
 * readAccountRoleHolders.
 *
 * @public
 */
export function readTeamLeads(config: Config): TeamLead[] {
  const lower = (ref: string) => ref.toLocaleLowerCase('en-US');
  return (
    config.getOptionalConfigArray('workspaces.roles.teamLeads') ?? []
  ).map(entry => ({
    lead: lower(entry.getString('lead')),
    teams: entry.getStringArray('teams').map(lower),
  }));
}
