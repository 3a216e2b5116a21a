import {
  developer,
  developerGroup,
  groups,
  users,
  type Involvement,
} from './people';
import type { SeedRandom } from './seedRandom';
import { isoTime } from './timeline';
import type { SeededWorkspace } from './workspaceRows';

const memberRoles = ['admin', 'operator', 'viewer'] as const;

/**
 * The rows of `workspace_members` for one workspace: the developer or their group on the
 * developer's "member" workspaces, and 1–4 people or groups on about a third of them all.
 */
export function memberRows(
  random: SeedRandom,
  workspace: SeededWorkspace,
  involvement: Involvement | undefined,
): Record<string, unknown>[] {
  const memberRefs = new Set<string>();
  if (involvement === 'member') {
    memberRefs.add(random.next() < 0.5 ? developer.ref : developerGroup);
  }
  if (random.next() < 0.35) {
    const count = 1 + Math.floor(random.next() * 4);
    for (let m = 0; m < count; m++) {
      memberRefs.add(
        random.next() < 0.7 ? random.pick(users) : random.pick(groups),
      );
    }
  }
  memberRefs.delete(workspace.owner);
  return [...memberRefs].map((ref, index) => ({
    workspace_id: workspace.id,
    member_ref: ref,
    role: random.pick(memberRoles),
    added_by: workspace.createdBy,
    added_at: isoTime(workspace.createdAt + (index + 1) * 60_000),
  }));
}
