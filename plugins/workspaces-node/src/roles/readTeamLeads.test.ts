import { ConfigReader } from '@backstage/config';
import { readTeamLeads } from './readTeamLeads';

describe('readTeamLeads', () => {
  it('reads each lead with their teams, lower-cased like entity refs', () => {
    expect(
      readTeamLeads(
        new ConfigReader({
          workspaces: {
            roles: {
              teamLeads: [
                {
                  lead: 'User:default/Tara.Lead',
                  teams: ['group:default/Data-Engineering'],
                },
              ],
            },
          },
        }),
      ),
    ).toEqual([
      {
        lead: 'user:default/tara.lead',
        teams: ['group:default/data-engineering'],
      },
    ]);
    expect(readTeamLeads(new ConfigReader({}))).toEqual([]);
  });
});
