import type {
  AuthService,
  DiscoveryService,
  LoggerService,
  RootConfigService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import type { Entity } from '@backstage/catalog-model';
import type {
  EntityProvider,
  EntityProviderConnection,
} from '@backstage/plugin-catalog-node';
import type {
  Workspace,
  WorkspaceMember,
} from '@oqullus/plugin-workspaces-common';
import { accountResourceToEntity } from './accountResourceEntity';
import type { EntityContext } from './entityConventions';
import {
  readWorkspacesProviderConfig,
  type WorkspacesProviderConfig,
} from './providerConfig';
import {
  computeWorkspaceDelta,
  type EmittedWorkspaces,
  toEmittedWorkspaces,
} from './workspaceDelta';
import { workspaceToEntity } from './workspaceEntity';
import { WorkspacesReader } from './WorkspacesReader';

const PROVIDER_NAME = 'WorkspacesEntityProvider';

type CachedMembers = { updatedAt: string; members: WorkspaceMember[] };

/**
 * Surfaces account resources and workspaces of Oqullus Workspaces as
 * `kind: Resource` entities: a full refresh on a schedule, and a cheap
 * delta of the workspaces every few seconds.
 *
 * @public
 */
export class WorkspacesEntityProvider implements EntityProvider {
  private connection?: EntityProviderConnection;
  private emitted: EmittedWorkspaces = new Map();
  private readonly membersByWorkspace = new Map<string, CachedMembers>();
  /** Runs one refresh at a time, so a delta never works from a stale state. */
  private queue: Promise<void> = Promise.resolve();

  /** Reads `catalog.providers.workspaces` and `app.baseUrl`. */
  static create(options: {
    config: RootConfigService;
    discovery: DiscoveryService;
    auth: AuthService;
    logger: LoggerService;
    scheduler: SchedulerService;
  }): WorkspacesEntityProvider {
    return new WorkspacesEntityProvider(
      readWorkspacesProviderConfig(options.config),
      options.config.getString('app.baseUrl'),
      options.discovery,
      new WorkspacesReader(options.discovery, options.auth),
      options.logger.child({ provider: PROVIDER_NAME }),
      options.scheduler,
    );
  }

  private constructor(
    private readonly config: WorkspacesProviderConfig,
    private readonly appBaseUrl: string,
    private readonly discovery: DiscoveryService,
    private readonly reader: WorkspacesReader,
    private readonly logger: LoggerService,
    private readonly scheduler: SchedulerService,
  ) {}

  /** Stable: the catalog ties the emitted entities to it. */
  getProviderName(): string {
    return PROVIDER_NAME;
  }

  /** Schedules the full refresh and the workspace delta. */
  async connect(connection: EntityProviderConnection): Promise<void> {
    this.connection = connection;
    await this.scheduler.scheduleTask({
      id: `${PROVIDER_NAME}:refresh`,
      ...this.config.schedule,
      fn: () => this.serialized(() => this.refresh()),
    });
    // Local scope: each replica compares with what it emitted itself.
    await this.scheduler.scheduleTask({
      id: `${PROVIDER_NAME}:delta`,
      scope: 'local',
      frequency: { seconds: this.config.deltaIntervalSeconds },
      timeout: { minutes: 1 },
      initialDelay: { seconds: this.config.deltaIntervalSeconds },
      fn: () => this.serialized(() => this.refreshWorkspaces()),
    });
  }

  /** Replaces every entity of this provider with what the API lists now. */
  async refresh(): Promise<void> {
    const connection = this.requireConnection();
    const context = await this.entityContext();
    const resources = await this.reader.listAccountResources();
    const workspaceEntities = await this.workspaceEntities(context, true);
    const entities = [
      ...resources.map(({ kind, resource }) =>
        accountResourceToEntity(kind, resource, context),
      ),
      ...workspaceEntities,
    ];
    await connection.applyMutation({
      type: 'full',
      entities: entities.map(entity => ({
        entity,
        locationKey: PROVIDER_NAME,
      })),
    });
    this.emitted = toEmittedWorkspaces(workspaceEntities);
    this.logger.info(
      `Full refresh: ${resources.length} account resources, ${workspaceEntities.length} workspaces`,
    );
  }

  /** Adds new and changed workspaces, removes gone ones. */
  async refreshWorkspaces(): Promise<void> {
    const connection = this.requireConnection();
    const context = await this.entityContext();
    const delta = computeWorkspaceDelta(
      this.emitted,
      await this.workspaceEntities(context, false),
    );
    if (delta.added.length > 0 || delta.removedRefs.length > 0) {
      await connection.applyMutation({
        type: 'delta',
        added: delta.added.map(entity => ({
          entity,
          locationKey: PROVIDER_NAME,
        })),
        removed: delta.removedRefs.map(entityRef => ({
          entityRef,
          locationKey: PROVIDER_NAME,
        })),
      });
      this.logger.debug(
        `Delta: ${delta.added.length} workspaces added or changed, ${delta.removedRefs.length} removed`,
      );
    }
    this.emitted = delta.emitted;
  }

  private async workspaceEntities(
    context: EntityContext,
    refetchMembers: boolean,
  ): Promise<Entity[]> {
    const workspaces = await this.reader.listLiveWorkspaces();
    const entities = await Promise.all(
      workspaces.map(async workspace =>
        workspaceToEntity(
          workspace,
          await this.members(workspace, refetchMembers),
          context,
        ),
      ),
    );
    const live = new Set(workspaces.map(workspace => workspace.id));
    for (const id of this.membersByWorkspace.keys()) {
      if (!live.has(id)) this.membersByWorkspace.delete(id);
    }
    return entities;
  }

  /**
   * Members come from one call per workspace, so deltas reuse them until the
   * workspace changes; the full refresh reads them all again.
   */
  private async members(
    workspace: Workspace,
    refetch: boolean,
  ): Promise<WorkspaceMember[]> {
    const cached = this.membersByWorkspace.get(workspace.id);
    if (!refetch && cached && cached.updatedAt === workspace.updatedAt) {
      return cached.members;
    }
    const members = await this.reader.listMembers(workspace.id);
    this.membersByWorkspace.set(workspace.id, {
      updatedAt: workspace.updatedAt,
      members,
    });
    return members;
  }

  private async entityContext(): Promise<EntityContext> {
    const baseUrl = await this.discovery.getExternalBaseUrl('workspaces');
    return {
      location: `url:${baseUrl}`,
      appBaseUrl: this.appBaseUrl,
      defaultOwner: this.config.defaultOwner,
    };
  }

  private serialized(run: () => Promise<void>): Promise<void> {
    const next = this.queue.then(run);
    this.queue = next.catch(() => {});
    return next;
  }

  private requireConnection(): EntityProviderConnection {
    if (!this.connection) {
      throw new Error(`${PROVIDER_NAME} is not connected to the catalog yet`);
    }
    return this.connection;
  }
}
