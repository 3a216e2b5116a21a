import type { WorkspaceStatus } from '../lifecycle/statuses';
import type { JobOperation, JobStatus } from './job';
import type { MemberRole } from './member';

/**
 * Data for event types that carry nothing beyond the common fields.
 *
 * @public
 */
export type EmptyEventData = Record<string, never>;

/**
 * Data of job events.
 *
 * @public
 */
export type JobEventData = { operation: JobOperation };

/**
 * Data of membership events; `role` is the role after the change (for a
 * removal, the role the member had).
 *
 * @public
 */
export type MemberEventData = {
  /** The user or group entity ref. */
  member: string;
  role: MemberRole;
  previousRole?: MemberRole;
};

/**
 * The `data` field carried by each event type.
 *
 * @public
 */
export type WorkspaceEventDataByType = {
  'workspace.created': { name: string; externalId: string };
  'approval.requested': EmptyEventData;
  'approval.granted': { comment?: string };
  'approval.rejected': { comment: string };
  'status.changed': {
    from: WorkspaceStatus;
    to: WorkspaceStatus;
    reason?: string;
  };
  'job.queued': JobEventData;
  'job.started': JobEventData;
  'job.finished': JobEventData & {
    status: Extract<JobStatus, 'succeeded' | 'failed' | 'cancelled'>;
    error?: string;
  };
  /** Someone asked to cancel; job.finished follows once the job has stopped. */
  'job.cancelled': JobEventData;
  /** A step was not run: destroying a component that holds no state needs no Terraform. */
  'job.step-skipped': JobEventData & { step: string; reason: 'no-state' };
  'member.added': MemberEventData;
  'member.removed': MemberEventData;
  'member.role-changed': MemberEventData;
  /** `changes` names the fields that changed, never their secret values. */
  'settings.changed': { changes: string[] };
  /** The terraform events name the job `step` that ran Terraform (absent on old events). */
  'terraform.resource': {
    address: string;
    /** Terraform's change action: create, read, update, replace, delete, ... */
    action: string;
    phase: 'started' | 'completed' | 'errored';
    elapsedSeconds?: number;
    step?: string;
  };
  'terraform.diagnostic': {
    severity: 'error' | 'warning';
    summary: string;
    detail?: string;
    address?: string;
    step?: string;
  };
  'terraform.change-summary': {
    add: number;
    change: number;
    remove: number;
    operation: 'plan' | 'apply' | 'destroy';
    step?: string;
  };
  'app.synced': { app: string };
  /**
   * A state Terraform could not save (its `errored.tfstate`) was pushed into the
   * workspace's state storage as a new version.
   */
  'state.pushed': { component: string; serial: number };
  /**
   * A state Terraform could not save is kept with the job, because pushing it was
   * refused or failed; an Account Owner or Admin can push it once the cause is fixed.
   */
  'state.kept': { component: string; reason: string };
  /**
   * An Account Owner, Admin or granted service released a state's lock by force;
   * `previousHolder` is who held it, `previousJobId` the job that took it.
   */
  'state.unlocked': {
    component: string;
    previousHolder: string;
    previousJobId?: string;
  };
};

/**
 * The type of a workspace event.
 *
 * @public
 */
export type WorkspaceEventType = keyof WorkspaceEventDataByType;

// A record rather than an array so the compiler notices a type left out.
const eventTypePresence: Record<WorkspaceEventType, true> = {
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
export type WorkspaceEventLevel = 'info' | 'warning' | 'error';

/**
 * The fields every workspace event shares.
 *
 * @public
 */
export type WorkspaceEventBase = {
  /** A monotonic integer as a string; also the cursor to read on from. */
  id: string;
  workspaceId: string;
  createdAt: string;
  /** Entity ref of the user who caused the event; absent for the system. */
  actor?: string;
  level: WorkspaceEventLevel;
  jobId?: string;
  /** A sentence a person can read, shown as is in the Events tab. */
  message: string;
};

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

/**
 * The workspace event of one given type.
 *
 * @public
 */
export type WorkspaceEventOfType<TType extends WorkspaceEventType> = Extract<
  WorkspaceEvent,
  { type: TType }
>;
