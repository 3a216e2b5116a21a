import { EntityDisplayName } from '@backstage/plugin-catalog-react';
import {
  memberRoleLabels,
  type WorkspaceMember,
} from '@oqullus/plugin-workspaces-common';
import { ConfirmDialog } from '../../shared/ConfirmDialog';

/** Confirms removing a member: they lose access at once, and a stray click must not do it. */
export function RemoveMemberDialog(props: {
  member: WorkspaceMember;
  busy: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  const { member } = props;
  const name = (
    <EntityDisplayName entityRef={member.ref} hideIcon disableTooltip />
  );
  return (
    <ConfirmDialog
      id="remove-member"
      title={<>Remove {name} from this workspace?</>}
      keepLabel="Keep member"
      confirmLabel="Remove member"
      busy={props.busy}
      onCancel={props.onCancel}
      onConfirm={props.onConfirm}
    >
      {name} loses the {memberRoleLabels[member.role]} role at once
      {member.ref.startsWith('group:')
        ? ', and so does everyone in the group,'
        : ''}{' '}
      unless the owner or an account role still gives access. You can add them
      again later.
    </ConfirmDialog>
  );
}
