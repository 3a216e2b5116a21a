import {
  memberRoles,
  type MemberRole,
  type WorkspaceMember,
} from '@oqullus/plugin-workspaces-common';
import type { Knex } from 'knex';
import { timeFromColumn, timeToColumn, type TimeColumn } from './columnValues';
import type { MemberStore } from './MemberStore';

type MemberRow = {
  workspace_id: string;
  member_ref: string;
  role: MemberRole;
  added_by: string;
  added_at: TimeColumn;
};

/** MemberStore on Knex. */
export class DatabaseMemberStore implements MemberStore {
  constructor(private readonly db: Knex) {}

  async list(workspaceId: string): Promise<WorkspaceMember[]> {
    const rows: MemberRow[] = await this.db<MemberRow>('workspace_members')
      .where({ workspace_id: workspaceId })
      .orderBy([{ column: 'added_at' }, { column: 'member_ref' }]);
    return rows.map(row => ({
      ref: row.member_ref,
      role: row.role,
      addedBy: row.added_by,
      addedAt: timeFromColumn(row.added_at),
    }));
  }

  async upsert(
    workspaceId: string,
    member: WorkspaceMember,
  ): Promise<{ previousRole?: MemberRole }> {
    const previous = await this.db<MemberRow>('workspace_members')
      .select('role')
      .where({ workspace_id: workspaceId, member_ref: member.ref })
      .first();
    // An existing member keeps who added them and when; only the role changes.
    await this.db<MemberRow>('workspace_members')
      .insert({
        workspace_id: workspaceId,
        member_ref: member.ref,
        role: member.role,
        added_by: member.addedBy,
        added_at: timeToColumn(member.addedAt),
      })
      .onConflict(['workspace_id', 'member_ref'])
      .merge(['role']);
    return previous ? { previousRole: previous.role } : {};
  }

  async remove(workspaceId: string, ref: string): Promise<boolean> {
    const deleted = await this.db<MemberRow>('workspace_members')
      .where({ workspace_id: workspaceId, member_ref: ref })
      .delete();
    return deleted > 0;
  }

  async rolesOf(workspaceId: string, refs: string[]): Promise<MemberRole[]> {
    if (refs.length === 0) {
      return [];
    }
    const rows: Pick<MemberRow, 'role'>[] = await this.db<MemberRow>(
      'workspace_members',
    )
      .distinct('role')
      .where({ workspace_id: workspaceId })
      .whereIn('member_ref', refs);
    const held = new Set(rows.map(row => row.role));
    // Strongest first, as memberRoles lists them.
    return memberRoles.filter(role => held.has(role));
  }
}
