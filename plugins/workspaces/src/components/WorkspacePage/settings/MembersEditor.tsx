import { useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import {
  Box,
  IconButton,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@material-ui/core';
import DeleteIcon from '@material-ui/icons/Delete';
import { InfoCard, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  memberRoleLabels,
  type MemberRole,
  type WorkspaceMember,
} from '@oqullus/plugin-workspaces-common';
import { workspacesApiRef } from '../../../api';
import { errorMessage, useEntityName } from '../../shared';
import { ActionError } from '../header/ActionError';
import { useOperationRunner } from '../header/useOperationRunner';
import { AddMemberForm } from './AddMemberForm';
import { MemberRolesHelp } from './MemberRolesHelp';
import { RemoveMemberDialog } from './RemoveMemberDialog';
import { RoleSelect } from './RoleSelect';
import { UPDATE_REFUSED_TEXT } from './useUpdatePermission';

/** The workspace's members: change a role, remove one, add a user or group. */
export function MembersEditor(props: {
  workspaceId: string;
  canUpdate: boolean;
}) {
  const { workspaceId, canUpdate } = props;
  const api = useApi(workspacesApiRef);
  const members = useAsyncRetry(
    () => api.listMembers(workspaceId),
    [api, workspaceId],
  );
  const runner = useOperationRunner(members.retry);
  const busy = runner.pending !== null;
  const [removed, setRemoved] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<WorkspaceMember | null>(null);
  const nameOf = useEntityName();

  const changeRole = async (ref: string, role: MemberRole) =>
    runner.run(
      'Changing the role',
      () => api.putMember(workspaceId, ref, { role }),
      `${await nameOf(ref)} is now ${memberRoleLabels[role]}`,
    );
  const remove = async (ref: string) => {
    setConfirming(null);
    setRemoved(ref);
    await runner.run(
      'Removing the member',
      () => api.removeMember(workspaceId, ref),
      `${await nameOf(ref)} removed from the workspace`,
    );
    setRemoved(null);
  };

  let list;
  if (members.loading && !members.value) {
    list = <Progress />;
  } else if (members.error) {
    list = (
      <ActionError
        title="Members could not be loaded"
        message={errorMessage(members.error)}
      />
    );
  } else if ((members.value?.items ?? []).length === 0) {
    list = (
      <Typography variant="body2" color="textSecondary">
        No members yet: only the owner and account-wide roles have access.
      </Typography>
    );
  } else {
    list = (
      <Table size="small" aria-label="Members">
        <TableHead>
          <TableRow>
            <TableCell>Member</TableCell>
            <TableCell>Role</TableCell>
            <TableCell>
              <Typography variant="srOnly">Remove</Typography>
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {members.value?.items.map((member, index) => (
            <TableRow key={member.ref}>
              <TableCell component="th" scope="row" role="rowheader">
                <EntityRefLink entityRef={member.ref} />
              </TableCell>
              <TableCell>
                <RoleSelect
                  id={`member-role-${index}`}
                  accessibleName={`Role of ${member.ref}`}
                  value={member.role}
                  disabled={!canUpdate || busy}
                  onChange={role => changeRole(member.ref, role)}
                />
              </TableCell>
              <TableCell align="right">
                <IconButton
                  aria-label={`Remove ${member.ref}`}
                  disabled={!canUpdate || busy || removed === member.ref}
                  onClick={() => setConfirming(member)}
                >
                  <DeleteIcon />
                </IconButton>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    );
  }

  return (
    <InfoCard title="Members and roles">
      {list}
      {runner.failure && (
        <Box mt={2}>
          <ActionError {...runner.failure} />
        </Box>
      )}
      {!canUpdate && (
        <Box mt={2}>
          <Typography variant="body2">{UPDATE_REFUSED_TEXT}</Typography>
        </Box>
      )}
      {canUpdate && (
        <Box mt={3}>
          <AddMemberForm
            busy={busy}
            onAdd={async (ref, role) =>
              runner.run(
                'Adding the member',
                () => api.putMember(workspaceId, ref, { role }),
                `${await nameOf(ref)} added as ${memberRoleLabels[role]}`,
              )
            }
          />
        </Box>
      )}
      <Box mt={3}>
        <MemberRolesHelp />
      </Box>
      {confirming && (
        <RemoveMemberDialog
          member={confirming}
          busy={busy}
          onCancel={() => setConfirming(null)}
          onConfirm={() => remove(confirming.ref)}
        />
      )}
    </InfoCard>
  );
}
