import type {
  ListWorkspacesOptions,
  Workspace,
} from '@oqullus/plugin-workspaces-common';
import type { InMemoryWorkspacesData } from './InMemoryWorkspacesData';

/**
 * The filters of `GET /workspaces` as a predicate: deleted workspaces only
 * when their status is asked for, `mine` those the caller owns or is a
 * member of.
 */
export function workspaceListFilter(
  options: ListWorkspacesOptions,
  isCaller: (ref: string) => boolean,
  data: Pick<InMemoryWorkspacesData, 'members'>,
): (workspace: Workspace) => boolean {
  const statuses = [options.status ?? []].flat();
  const text = options.q?.toLocaleLowerCase('en-US');
  return workspace =>
    (statuses.length > 0
      ? statuses.includes(workspace.status)
      : workspace.status !== 'deleted') &&
    (options.scope === 'all' ||
      isCaller(workspace.owner) ||
      (data.members[workspace.id] ?? []).some(member =>
        isCaller(member.ref),
      )) &&
    (!options.approval || workspace.approval.state === options.approval) &&
    (!options.template ||
      workspace.provisioning.stackTemplate === options.template) &&
    (!options.owner || workspace.owner === options.owner) &&
    (!text ||
      [workspace.name, workspace.externalId, workspace.description ?? '']
        .join('\n')
        .toLocaleLowerCase('en-US')
        .includes(text));
}

const sortKeys = {
  name: (workspace: Workspace) => workspace.name,
  status: (workspace: Workspace) => workspace.status,
  lastActivity: (workspace: Workspace) => workspace.lastActivityAt,
  created: (workspace: Workspace) => workspace.createdAt,
};

/** The order of `GET /workspaces`: newest created first unless `sort` says otherwise. */
export function workspaceListOrder(
  options: ListWorkspacesOptions,
): (a: Workspace, b: Workspace) => number {
  const key = sortKeys[options.sort ?? 'created'];
  const direction = options.sort && options.order !== 'desc' ? 1 : -1;
  return (a, b) => direction * key(a).localeCompare(key(b));
}
