import { exampleOrg } from '../../src/__testUtils__/exampleOrg';

/** Who owns and belongs to the seeded workspaces: the example org's developer and 440 others. */
export const developer = exampleOrg.developer;
export const developerGroup = developer.groups[0];

export const users = Array.from(
  { length: 400 },
  (_, n) => `user:default/user-${String(n + 1).padStart(3, '0')}`,
);
export const groups = Array.from(
  { length: 40 },
  (_, n) => `group:default/team-${String(n + 1).padStart(2, '0')}`,
);

/** How the developer is involved in one of their workspaces. */
export type Involvement = 'user' | 'group' | 'member';

/** Of every ten of the developer's workspaces: 4 theirs, 2 their group's, 4 as a member. */
function involvementFor(digit: number): Involvement {
  if (digit < 4) return 'user';
  if (digit < 6) return 'group';
  return 'member';
}

/**
 * The developer's workspaces by index, spread evenly over time: 40% owned by them, 20%
 * by their group, 40% with them or their group as a member.
 */
export function developerInvolvement(
  workspaces: number,
  developerWorkspaces: number,
): Map<number, Involvement> {
  const involvement = new Map<number, Involvement>();
  for (let k = 0; k < developerWorkspaces; k++) {
    const index = Math.floor((k * workspaces) / developerWorkspaces) + 17;
    involvement.set(index, involvementFor(k % 10));
  }
  return involvement;
}
