import type { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { RELATION_HAS_MEMBER } from '@backstage/catalog-model';
import type { CatalogService } from '@backstage/plugin-catalog-node';

/**
 * Who belongs to a team: entity refs of its members.
 *
 * @public
 */
export type TeamMembers = {
  membersOf(teamRef: string): Promise<string[]>;
};

/** A lead's reach follows the catalog within this long; a page load asks many times. */
const DEFAULT_TTL_MS = 30_000;

/**
 * Team members from the catalog: the group's `hasMember` relations (users whose
 * `memberOf` names the group, and the group's `spec.members`), as the catalog last
 * processed them, kept for 30 seconds.
 */
export class CatalogTeamMembers implements TeamMembers {
  private readonly cache = new Map<
    string,
    { expiresAt: number; members: Promise<string[]> }
  >();

  constructor(
    private readonly deps: {
      catalog: CatalogService;
      auth: AuthService;
      logger: LoggerService;
      ttlMs?: number;
      now?: () => number;
    },
  ) {}

  membersOf(teamRef: string): Promise<string[]> {
    const now = (this.deps.now ?? Date.now)();
    const cached = this.cache.get(teamRef);
    if (cached && cached.expiresAt > now) {
      return cached.members;
    }
    const members = this.lookUp(teamRef);
    this.cache.set(teamRef, {
      expiresAt: now + (this.deps.ttlMs ?? DEFAULT_TTL_MS),
      members,
    });
    return members;
  }

  private async lookUp(teamRef: string): Promise<string[]> {
    try {
      const group = await this.deps.catalog.getEntityByRef(teamRef, {
        credentials: await this.deps.auth.getOwnServiceCredentials(),
      });
      if (!group) {
        this.deps.logger.warn(
          `workspaces.roles.teamLeads names ${teamRef}, which the catalog does not have; its leads read only the workspaces that group owns itself`,
        );
        return [];
      }
      return (group.relations ?? [])
        .filter(relation => relation.type === RELATION_HAS_MEMBER)
        .map(relation => relation.targetRef);
    } catch (error) {
      // Fail closed: the lead keeps their own access; the next decision asks again.
      this.cache.delete(teamRef);
      this.deps.logger.warn(
        `Could not read the members of ${teamRef} from the catalog, so its leads read only the workspaces that group owns itself for now: ${error}`,
      );
      return [];
    }
  }
}
