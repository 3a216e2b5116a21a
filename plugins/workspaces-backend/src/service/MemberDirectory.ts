import type { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { ServiceUnavailableError } from '@backstage/errors';
import type { CatalogService } from '@backstage/plugin-catalog-node';

/** Whether a user or group ref names someone who can be given a role. */
export interface MemberDirectory {
  /** Throws ServiceUnavailableError when the directory cannot answer. */
  exists(ref: string): Promise<boolean>;
}

/**
 * Members come from the catalog: a ref the catalog does not hold would be a
 * membership nobody can ever use. Asked with the plugin's own credentials, so
 * the answer does not depend on what the caller may see of the catalog.
 */
export class CatalogMemberDirectory implements MemberDirectory {
  constructor(
    private readonly deps: {
      catalog: CatalogService;
      auth: AuthService;
      logger: LoggerService;
    },
  ) {}

  async exists(ref: string): Promise<boolean> {
    try {
      const entity = await this.deps.catalog.getEntityByRef(ref, {
        credentials: await this.deps.auth.getOwnServiceCredentials(),
      });
      return entity !== undefined;
    } catch (error) {
      this.deps.logger.warn(
        `Could not look up ${ref} in the catalog: ${error}`,
      );
      throw new ServiceUnavailableError(
        `The catalog did not answer whether ${ref} exists, so the member was not added; try again in a moment`,
      );
    }
  }
}
