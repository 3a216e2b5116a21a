import type { components } from '../generated/openapi';

/**
 * The `data` field carried by each event type, as the spec's event variants
 * define it.
 *
 * @remarks
 * The variants are the schemas named `...Event` (the `oneOf` of
 * `WorkspaceEvent`), each fixing `type` to one literal and giving its `data`.
 * They are read one by one because the generated `WorkspaceEvent` intersects
 * them with `WorkspaceEventBase`, whose loose `type` and `data` would blur them.
 *
 * @public
 */
export type WorkspaceEventDataByType = {
  [TVariant in components['schemas'][Exclude<
    Extract<keyof components['schemas'], `${string}Event`>,
    'WorkspaceEvent'
  >] as TVariant['type']]: TVariant['data'];
};

/**
 * The type of a workspace event.
 *
 * @public
 */
export type WorkspaceEventType = keyof WorkspaceEventDataByType;

// A record rather than an array so the compiler notices a type left out: of the
// types read from the variants above, and of the spec's own event union, in case a
// variant were ever named otherwise.
const eventTypePresence: Record<
  WorkspaceEventType | components['schemas']['WorkspaceEvent']['type'],
  true
> = {
  'workspace.created': true,
  'approval.requested': true,
  'approval.granted': true,
  'approval.rejected': true,
  'status.changed': true,
  'job.queued': true,
  'job.started': true,
  'job.finished': true,
  'job.cancelled': true,
  'job.step-skipped': true,
  'member.added': true,
  'member.removed': true,
  'member.role-changed': true,
  'settings.changed': true,
  'terraform.resource': true,
  'terraform.diagnostic': true,
  'terraform.change-summary': true,
  'app.synced': true,
  'state.pushed': true,
  'state.kept': true,
  'state.unlocked': true,
};

/**
 * Every workspace event type.
 *
 * @public
 */
export const workspaceEventTypes: readonly WorkspaceEventType[] = Object.keys(
  eventTypePresence,
) as WorkspaceEventType[];

/**
 * How much attention an event asks for.
 *
 * @public
 */
export type WorkspaceEventLevel = WorkspaceEventBase['level'];

/**
 * The fields every workspace event shares; `type` and `data` are left to the
 * variants, which narrow them.
 *
 * @public
 */
export type WorkspaceEventBase = Omit<
  components['schemas']['WorkspaceEventBase'],
  'type' | 'data'
>;

/**
 * One entry of a workspace's append-only history, discriminated by `type`.
 *
 * @public
 */
export type WorkspaceEvent = {
  [TType in WorkspaceEventType]: WorkspaceEventBase & {
    type: TType;
    data: WorkspaceEventDataByType[TType];
  };
}[WorkspaceEventType];
