import type { HTMLAttributes } from 'react';
import { MenuItem, TextField, Typography } from '@material-ui/core';
import {
  memberRoleLabels,
  memberRoles,
  type MemberRole,
} from '@oqullus/plugin-workspaces-common';

/**
 * A choice of member role, by the names people read. In a table row the
 * column header says "Role", so a row passes only an accessibleName ("Role of
 * user:default/jane") that screen readers hear instead of a visible label.
 */
export function RoleSelect(props: {
  id: string;
  label?: string;
  accessibleName?: string;
  value: MemberRole;
  disabled: boolean;
  onChange: (role: MemberRole) => void;
}) {
  const nameId = `${props.id}-name`;
  const buttonId = `${props.id}-button`;
  return (
    <>
      {props.accessibleName && (
        <Typography variant="srOnly" id={nameId}>
          {props.accessibleName}
        </Typography>
      )}
      <TextField
        id={props.id}
        select
        size="small"
        variant="outlined"
        label={props.label}
        value={props.value}
        disabled={props.disabled}
        onChange={event => props.onChange(event.target.value as MemberRole)}
        SelectProps={
          props.accessibleName
            ? {
                SelectDisplayProps: {
                  id: buttonId,
                  'aria-labelledby': `${nameId} ${buttonId}`,
                } as HTMLAttributes<HTMLDivElement>,
              }
            : undefined
        }
      >
        {memberRoles.map(role => (
          <MenuItem key={role} value={role}>
            {memberRoleLabels[role]}
          </MenuItem>
        ))}
      </TextField>
    </>
  );
}
