import type { ReactNode } from 'react';
import { EntityDisplayName } from '@backstage/plugin-catalog-react';
import {
  jobOperationLabels,
  memberRoleLabels,
  workspaceStatusLabels,
  type WorkspaceEvent,
} from '@oqullus/plugin-workspaces-common';
import { stepTitle } from './stepTitle';

/** A user or group by its catalog name, falling back to the ref's name. */
export function EntityName(props: { entityRef: string }) {
  return (
    <EntityDisplayName
      entityRef={props.entityRef}
      defaultKind="user"
      hideIcon
      disableTooltip
    />
  );
}

/** "Dana Developer " before a verb, or the system's wording when nobody acted. */
function Actor(props: { actor?: string | null; fallback: string }) {
  return props.actor ? (
    <EntityName entityRef={props.actor} />
  ) : (
    <>{props.fallback}</>
  );
}

/** "App orchestrator — " before what Terraform did there; old events name no step. */
function inStep(step: string | undefined): string {
  return step ? `${stepTitle(step)} — ` : '';
}

function seconds(elapsed?: number): string {
  return elapsed === undefined ? '' : ` (${elapsed} s)`;
}

const changeSummaryLabels = {
  plan: 'Plan',
  apply: 'Apply',
  destroy: 'Destroy',
} as const;

/**
 * One event as a sentence built from its typed data, so wording stays the
 * same across event sources; types this build does not know show the
 * server's own `message`.
 */
export function EventSentence(props: { event: WorkspaceEvent }): ReactNode {
  const { event } = props;
  const actor = event.actor;
  switch (event.type) {
    case 'workspace.created':
      return (
        <>
          <Actor actor={actor} fallback="The system" /> created the workspace{' '}
          {event.data.name} ({event.data.externalId})
        </>
      );
    case 'approval.requested':
      return (
        <>
          <Actor actor={actor} fallback="The system" /> requested approval; an
          Account Owner or Admin approves before provisioning
        </>
      );
    case 'approval.granted':
      return (
        <>
          <Actor actor={actor} fallback="The system" /> approved the workspace
          {event.data.comment ? `: “${event.data.comment}”` : ''}
        </>
      );
    case 'approval.rejected':
      return (
        <>
          <Actor actor={actor} fallback="The system" /> rejected the workspace:
          “{event.data.comment}”
        </>
      );
    case 'status.changed':
      return (
        <>
          Status changed from {workspaceStatusLabels[event.data.from]} to{' '}
          {workspaceStatusLabels[event.data.to]}
          {event.data.reason ? `: ${event.data.reason}` : ''}
        </>
      );
    case 'job.queued':
      return actor ? (
        <>
          <EntityName entityRef={actor} /> requested{' '}
          {jobOperationLabels[event.data.operation]}
        </>
      ) : (
        <>{jobOperationLabels[event.data.operation]} was queued</>
      );
    case 'job.started':
      return <>{jobOperationLabels[event.data.operation]} started</>;
    case 'job.finished':
      return (
        <>
          {jobOperationLabels[event.data.operation]} {event.data.status}
          {event.data.error ? `: ${event.data.error}` : ''}
        </>
      );
    case 'job.cancelled':
      return (
        <>
          <Actor actor={actor} fallback="The system" /> asked to cancel{' '}
          {jobOperationLabels[event.data.operation]}
        </>
      );
    case 'member.added':
      return (
        <>
          <Actor actor={actor} fallback="The system" /> added{' '}
          <EntityName entityRef={event.data.member} /> as{' '}
          {memberRoleLabels[event.data.role]}
        </>
      );
    case 'member.removed':
      return (
        <>
          <Actor actor={actor} fallback="The system" /> removed{' '}
          <EntityName entityRef={event.data.member} /> (was{' '}
          {memberRoleLabels[event.data.role]})
        </>
      );
    case 'member.role-changed':
      return (
        <>
          <Actor actor={actor} fallback="The system" /> changed the role of{' '}
          <EntityName entityRef={event.data.member} />
          {event.data.previousRole
            ? ` from ${memberRoleLabels[event.data.previousRole]}`
            : ''}{' '}
          to {memberRoleLabels[event.data.role]}
        </>
      );
    case 'settings.changed':
      return (
        <>
          <Actor actor={actor} fallback="The system" /> changed{' '}
          {event.data.changes.join(', ') || 'the settings'}
        </>
      );
    case 'terraform.resource':
      return (
        <>
          {inStep(event.data.step)}
          {event.data.address}: {event.data.action} {event.data.phase}
          {seconds(event.data.elapsedSeconds)}
        </>
      );
    case 'terraform.diagnostic':
      return (
        <>
          {inStep(event.data.step)}
          {event.data.severity === 'error' ? 'Error' : 'Warning'}:{' '}
          {event.data.address ? `${event.data.address}: ` : ''}
          {event.data.summary}
        </>
      );
    case 'terraform.change-summary':
      return (
        <>
          {inStep(event.data.step)}
          {changeSummaryLabels[event.data.operation] ??
            event.data.operation}: {event.data.add} to add, {event.data.change}{' '}
          to change, {event.data.remove} to destroy
        </>
      );
    case 'app.synced':
      return <>App {event.data.app} synced</>;
    default:
      return <>{(event as { message: string }).message}</>;
  }
}
