import {
  FormControl,
  FormHelperText,
  InputLabel,
  MenuItem,
  Select,
} from '@material-ui/core';
import { EntityDisplayName } from '@backstage/plugin-catalog-react';
import type { OwnerChoices } from './useOwnerChoices';

/** A person or group by the name the catalog gives them, not by their ref. */
function OwnerName(props: { entityRef: string; kind: 'user' | 'group' }) {
  return (
    <EntityDisplayName
      entityRef={props.entityRef}
      defaultKind={props.kind}
      hideIcon
      disableTooltip
    />
  );
}

/** Props of OwnerSelect. */
export type OwnerSelectProps = {
  choices: OwnerChoices;
  value: string;
  error?: string;
  onChange: (owner: string) => void;
  onBlur?: () => void;
};

/** The signed-in user (the default) or one of their groups. */
export function OwnerSelect(props: OwnerSelectProps) {
  const { choices, value, error, onChange, onBlur } = props;
  return (
    <FormControl
      variant="outlined"
      fullWidth
      margin="normal"
      required
      error={!!error}
    >
      <InputLabel id="workspace-owner-label">Owner</InputLabel>
      <Select
        labelId="workspace-owner-label"
        id="workspace-owner"
        label="Owner"
        value={value}
        onChange={event => onChange(String(event.target.value))}
        onBlur={onBlur}
      >
        <MenuItem value={choices.user}>
          <OwnerName entityRef={choices.user} kind="user" />
          &nbsp;(you)
        </MenuItem>
        {choices.groups.map(group => (
          <MenuItem key={group} value={group}>
            <OwnerName entityRef={group} kind="group" />
          </MenuItem>
        ))}
      </Select>
      <FormHelperText>
        {error ??
          'You, or a group you belong to; owners run the workspace and add members'}
      </FormHelperText>
    </FormControl>
  );
}
