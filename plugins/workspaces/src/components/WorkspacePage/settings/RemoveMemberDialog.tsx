import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
} from '@material-ui/core';
import { EntityDisplayName } from '@backstage/plugin-catalog-react';
import {
  memberRoleLabels,
  type WorkspaceMember,
} from '@oqullus/plugin-workspaces-common';

/** Confirms removing a member: they lose access at once, and a stray click must not do it. */
export function RemoveMemberDialog(props: {
  member: WorkspaceMember;
  busy: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  const { member, busy, onCancel, onConfirm } = props;
  const name = (
    <EntityDisplayName entityRef={member.ref} hideIcon disableTooltip />
  );
  return (
    <Dialog open onClose={onCancel} aria-labelledby="remove-member-title">
      <DialogTitle id="remove-member-title">
        Remove {name} from this workspace?
      </DialogTitle>
      <DialogContent>
        <DialogContentText>
          {name} loses the {memberRoleLabels[member.role]} role at once
          {member.ref.startsWith('group:')
            ? ', and so does everyone in the group,'
            : ''}{' '}
          unless the owner or an account role still gives access. You can add
          them again later.
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>Keep member</Button>
        <Button
          variant="contained"
          color="secondary"
          disabled={busy}
          onClick={onConfirm}
        >
          Remove member
        </Button>
      </DialogActions>
    </Dialog>
  );
}
