import type { TeamLead } from '@oqullus/plugin-workspaces-node';
import type { TeamMembers } from './TeamMembers';

/** Which owners a team lead reads the workspaces of: their teams and the teams' members. */
export class TeamLeadership {
  constructor(
    private readonly leads: TeamLead[],
    private readonly members: TeamMembers,
  ) {}

  /** Empty for anyone who leads no team (the lead ref may be the user or a group of theirs). */
  async ownersLedBy(claims: string[]): Promise<string[]> {
    const own = claims.map(ref => ref.toLocaleLowerCase('en-US'));
    const teams = [
      ...new Set(
        this.leads
          .filter(lead => own.includes(lead.lead))
          .flatMap(lead => lead.teams),
      ),
    ];
    if (teams.length === 0) {
      return [];
    }
    const members = await Promise.all(
      teams.map(team => this.members.membersOf(team)),
    );
    return [...new Set([...teams, ...members.flat()])];
  }
}
