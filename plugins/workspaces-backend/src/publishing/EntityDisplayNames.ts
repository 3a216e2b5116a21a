import type { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import type { CatalogService } from '@backstage/plugin-catalog-node';

/** How a person or group is named to people: by the catalog, never by entity ref. */
export interface DisplayNames {
  of(entityRef: string): Promise<string>;
}

/**
 * Names from the catalog (the profile's display name, else the title), falling back
 * to the ref's own name ("adrian.admin") when the catalog has no such entity or
 * cannot be asked: a notification is never held up by a name.
 */
export class CatalogDisplayNames implements DisplayNames {
  constructor(
    private readonly catalog: CatalogService,
    private readonly auth: AuthService,
    private readonly logger: LoggerService,
  ) {}

  async of(entityRef: string): Promise<string> {
    const fallback = nameOf(entityRef);
    try {
      const entity = await this.catalog.getEntityByRef(entityRef, {
        credentials: await this.auth.getOwnServiceCredentials(),
      });
      const profile = (entity?.spec as { profile?: { displayName?: string } })
        ?.profile;
      return profile?.displayName || entity?.metadata.title || fallback;
    } catch (error) {
      this.logger.warn(`Could not read the name of ${entityRef}: ${error}`);
      return fallback;
    }
  }
}

/** The ref's own name: what people recognise when the catalog cannot say more. */
export function nameOf(entityRef: string): string {
  try {
    return parseEntityRef(entityRef).name;
  } catch {
    return entityRef;
  }
}
