import { MenuItem, TextField } from '@material-ui/core';
import {
  memberRoleLabels,
  memberRoles,
  type MemberRole,
} from '@oqullus/plugin-workspaces-common';

/** A labelled choice of member role, by the names people read. */
export function RoleSelect(props: {
  id: string;
  label: string;
  value: MemberRole;
  disabled: boolean;
  onChange: (role: MemberRole) => void;
}) {
  return (
    <TextField
      id={props.id}
      select
      size="small"
      variant="outlined"
      label={props.label}
      value={props.value}
      disabled={props.disabled}
      onChange={event => props.onChange(event.target.value as MemberRole)}
    >
      {memberRoles.map(role => (
        <MenuItem key={role} value={role}>
          {memberRoleLabels[role]}
        </MenuItem>
      ))}
    </TextField>
  );
}
