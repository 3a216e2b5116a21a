import type { UrlReaderService } from '@backstage/backend-plugin-api';
import { ConflictError, InputError, NotFoundError } from '@backstage/errors';
import {
  accountResourceKinds,
  type AccountResourceByKind,
  type AccountResourceKind,
  type AccountResourceValidation,
  type ParsedAccountResourceRequest,
  type StackTemplate,
} from '@oqullus/plugin-workspaces-common';
import type {
  WorkspacesDatabase,
  WorkspacesStores,
} from '../database/WorkspacesDatabase';
import { accountConfigPaths, accountKindLabels } from './accountKinds';
import {
  fromStoredResource,
  toStoredResource,
  UNCHECKED,
} from './accountResourceRecords';
import { describeWorkspacesInUse } from './describeWorkspacesInUse';
import type { PreflightContext } from './preflight/PreflightContext';
import { resolveTemplateDirectory } from './preflight/resolveTemplateDirectory';
import { runPreflight } from './preflight/runPreflight';
import type { AccountConfigResources } from './readAccountConfig';

/** What the account registry is built from. */
export type AccountRegistryOptions = {
  database: WorkspacesDatabase;
  /** Resources declared in app-config; see readAccountConfig. */
  configResources: AccountConfigResources;
  /** Allow-listed directories for directory stack templates, as configured. */
  stackTemplateRoots: string[];
  urlReader: UrlReaderService;
  clock?: () => Date;
};

// Long enough for a slow network, short enough for a person waiting on a check.
const CONNECT_TIMEOUT_MS = 2000;

/**
 * The account resources workspaces are built from: those declared in
 * app-config (read-only here) and those registered through the API.
 */
export class AccountRegistry {
  private readonly database: WorkspacesDatabase;
  private readonly configResources: AccountConfigResources;
  private readonly preflight: PreflightContext;
  private readonly clock: () => Date;

  constructor(options: AccountRegistryOptions) {
    this.database = options.database;
    this.configResources = options.configResources;
    this.clock = options.clock ?? (() => new Date());
    this.preflight = {
      env: process.env,
      workingDirectory: process.cwd(),
      stackTemplateRoots: options.stackTemplateRoots,
      urlReader: options.urlReader,
      connectTimeoutMs: CONNECT_TIMEOUT_MS,
    };
  }

  /** Every resource of the kind, config and database ones, sorted by name. */
  async list<K extends AccountResourceKind>(
    kind: K,
  ): Promise<AccountResourceByKind[K][]> {
    const store = this.database.stores.accountResources;
    const declared = this.declared(this.known(kind));
    const declaredNames = new Set(declared.map(resource => resource.name));
    // A config resource wins over a database one of the same name, which
    // exists only when config gained the name after it was registered.
    const stored = (await store.list(kind)).filter(
      resource => !declaredNames.has(resource.name),
    );
    const resources = await Promise.all([
      ...declared.map(async resource => ({
        ...resource,
        validation:
          (await store.getValidation(kind, resource.name)) ?? UNCHECKED,
      })),
      ...stored.map(async resource =>
        fromStoredResource<K>(
          resource,
          await store.getValidation(kind, resource.name),
        ),
      ),
    ]);
    return resources.sort((a, b) => (a.name < b.name ? -1 : 1));
  }

  /** Throws NotFoundError when no resource of the kind has the name. */
  async get<K extends AccountResourceKind>(
    kind: K,
    name: string,
  ): Promise<AccountResourceByKind[K]> {
    const store = this.database.stores.accountResources;
    const declared = this.findDeclared(this.known(kind), name);
    if (declared) {
      const validation = await store.getValidation(kind, name);
      return { ...declared, validation: validation ?? UNCHECKED };
    }
    const stored = await store.get(kind, name);
    if (!stored) {
      throw notFound(kind, name);
    }
    return fromStoredResource<K>(stored, await store.getValidation(kind, name));
  }

  /** Registers a resource from a parsed request body (POST). */
  async create<K extends AccountResourceKind>(
    kind: K,
    request: ParsedAccountResourceRequest<K>,
    actorRef: string,
  ): Promise<AccountResourceByKind[K]> {
    this.known(kind);
    await this.refuseOutsideRoots(kind, request);
    if (this.findDeclared(kind, request.name)) {
      throw new ConflictError(
        `A ${accountKindLabels[kind]} named '${request.name}' is declared in app-config (${accountConfigPaths[kind]}); choose another name`,
      );
    }
    const now = this.clock().toISOString();
    const stored = await this.database.transaction(async stores => {
      const inserted = await stores.accountResources.insert(
        toStoredResource(kind, request, {
          createdBy: actorRef,
          createdAt: now,
          updatedAt: now,
        }),
      );
      // Forgets a check left from a config resource that once had this name.
      await stores.accountResources.setValidation(
        kind,
        inserted.name,
        UNCHECKED,
      );
      return inserted;
    });
    return fromStoredResource<K>(stored, UNCHECKED);
  }

  /**
   * Replaces every field of an API-registered resource (PUT); the name stays.
   * `_actorRef` is who asked: the router's auditor records it, the row keeps
   * its creator.
   */
  async replace<K extends AccountResourceKind>(
    kind: K,
    name: string,
    request: ParsedAccountResourceRequest<K>,
    _actorRef: string,
  ): Promise<AccountResourceByKind[K]> {
    this.refuseDeclared(kind, name);
    this.known(kind);
    await this.refuseOutsideRoots(kind, request);
    const stored = await this.database.transaction(async stores => {
      const existing = await stores.accountResources.get(kind, name);
      if (!existing) {
        throw notFound(kind, name, 'register it with POST first');
      }
      const updated = await stores.accountResources.update(
        toStoredResource(kind, request, {
          createdBy: existing.createdBy,
          createdAt: existing.createdAt,
          updatedAt: this.clock().toISOString(),
        }),
      );
      if (!updated) {
        throw notFound(kind, name, 'register it with POST first');
      }
      // The last check was of the old fields; it says nothing of the new ones.
      await stores.accountResources.setValidation(kind, name, UNCHECKED);
      return updated;
    });
    return fromStoredResource<K>(stored, UNCHECKED);
  }

  /** Removes an API-registered resource that no live workspace uses. */
  async delete(kind: AccountResourceKind, name: string): Promise<void> {
    this.refuseDeclared(this.known(kind), name);
    await this.database.transaction(async (stores: WorkspacesStores) => {
      if (!(await stores.accountResources.get(kind, name))) {
        throw notFound(kind, name);
      }
      const users = await stores.workspaces.listUsingResource(kind, name);
      if (users.length > 0) {
        throw new ConflictError(
          `The ${
            accountKindLabels[kind]
          } '${name}' is used by ${describeWorkspacesInUse(
            users,
          )}; delete those workspaces first`,
        );
      }
      await stores.accountResources.delete(kind, name);
    });
  }

  /**
   * The stack template, if workspaces may be built from it now: a directory
   * template whose directory is no longer inside workspaces.stackTemplateRoots
   * (the roots changed after it was registered) is a ConflictError.
   */
  async usableStackTemplate(name: string): Promise<StackTemplate> {
    const template = await this.get('stack-templates', name);
    const problem = await this.rootProblem(template.source);
    if (problem) {
      throw new ConflictError(
        `provisioning.stackTemplate: stack template '${name}' can no longer be used: ${lowerFirst(
          problem,
        )}; until an Account Owner or Admin does, choose another template`,
      );
    }
    return template;
  }

  /** Runs the resource's preflight now, stores the result and returns it. */
  async check(
    kind: AccountResourceKind,
    name: string,
  ): Promise<AccountResourceValidation> {
    const resource = await this.get(kind, name);
    const findings = await runPreflight(kind, resource, this.preflight);
    const validation = findings.toValidation(this.clock().toISOString());
    await this.database.stores.accountResources.setValidation(
      kind,
      name,
      validation,
    );
    return validation;
  }

  private declared<K extends AccountResourceKind>(
    kind: K,
  ): AccountResourceByKind[K][] {
    return (this.configResources[kind] ?? []) as AccountResourceByKind[K][];
  }

  private findDeclared<K extends AccountResourceKind>(kind: K, name: string) {
    return this.declared(kind).find(resource => resource.name === name);
  }

  private refuseDeclared(kind: AccountResourceKind, name: string): void {
    if (this.findDeclared(kind, name)) {
      throw new ConflictError(
        `'${name}' is declared in app-config (${accountConfigPaths[kind]}) and is read-only here; change it there`,
      );
    }
  }

  /** A template may only be registered where Terraform may later read it from. */
  private async refuseOutsideRoots(kind: AccountResourceKind, request: object) {
    if (kind !== 'stack-templates') return;
    const problem = await this.rootProblem(
      (request as Pick<StackTemplate, 'source'>).source,
    );
    if (problem) {
      throw new InputError(`source.path: ${problem}`);
    }
  }

  /** Why a directory source lies outside every allowed root; undefined for other sources. */
  private async rootProblem(
    source: StackTemplate['source'],
  ): Promise<string | undefined> {
    if (source.type !== 'directory') return undefined;
    const resolved = await resolveTemplateDirectory(
      source.path,
      this.preflight.stackTemplateRoots,
      this.preflight.workingDirectory,
    );
    return 'outsideRoots' in resolved ? resolved.problem : undefined;
  }

  /** Guards callers that pass a kind straight from a URL. */
  private known<K extends AccountResourceKind>(kind: K): K {
    if (!accountResourceKinds.includes(kind)) {
      throw new NotFoundError(
        `'${kind}' is not an account resource kind; use one of ${accountResourceKinds.join(
          ', ',
        )}`,
      );
    }
    return kind;
  }
}

function notFound(
  kind: AccountResourceKind,
  name: string,
  hint = `list them with GET /account/${kind}`,
): NotFoundError {
  return new NotFoundError(
    `No ${accountKindLabels[kind]} named '${name}' is registered; ${hint}`,
  );
}

function lowerFirst(sentence: string): string {
  return sentence.charAt(0).toLowerCase() + sentence.slice(1);
}
