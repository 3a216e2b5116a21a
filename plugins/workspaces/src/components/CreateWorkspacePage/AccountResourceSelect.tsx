import {
  FormControl,
  FormHelperText,
  InputLabel,
  ListItemText,
  MenuItem,
  OutlinedInput,
  Select,
} from '@material-ui/core';
import WarningIcon from '@material-ui/icons/Warning';
import type { AccountResource } from '@oqullus/plugin-workspaces-common';

/** Props of AccountResourceSelect. */
export type AccountResourceSelectProps = {
  id: string;
  label: string;
  resources: AccountResource[];
  value: string;
  onChange: (name: string) => void;
  onBlur?: () => void;
  required?: boolean;
  error?: string;
  helperText?: string;
  /** An entry with the empty value, such as "None (create one)". */
  noneLabel?: string;
};

function isBroken(resource: AccountResource) {
  return resource.validation.status === 'broken';
}

/**
 * A select of registered account resources, each with its title and
 * description, and a warning when its last preflight check failed.
 */
export function AccountResourceSelect(props: AccountResourceSelectProps) {
  const { id, label, resources, value, onChange, onBlur, noneLabel } = props;
  const selected = resources.find(resource => resource.name === value);
  const brokenMessage =
    selected && isBroken(selected)
      ? `The last check of ${
          selected.title
        } failed: ${selected.validation.messages.join(' ')}`
      : undefined;
  return (
    <FormControl
      variant="outlined"
      fullWidth
      margin="normal"
      required={props.required}
      error={!!props.error}
    >
      {/* With a "none" entry the select always shows a value, so the label stays up. */}
      <InputLabel id={`${id}-label`} shrink={noneLabel ? true : undefined}>
        {label}
      </InputLabel>
      <Select
        labelId={`${id}-label`}
        id={id}
        input={
          <OutlinedInput label={label} notched={noneLabel ? true : undefined} />
        }
        value={value}
        onChange={event => onChange(String(event.target.value))}
        onBlur={onBlur}
        renderValue={name =>
          name === ''
            ? noneLabel
            : resources.find(resource => resource.name === name)?.title ??
              String(name)
        }
        displayEmpty={!!noneLabel}
      >
        {noneLabel && (
          <MenuItem value="">
            <ListItemText primary={noneLabel} />
          </MenuItem>
        )}
        {resources.map(resource => (
          <MenuItem key={resource.name} value={resource.name}>
            <ListItemText
              primary={resource.title}
              secondary={resource.description ?? resource.name}
            />
            {isBroken(resource) && (
              <WarningIcon
                titleAccess="Last check failed"
                fontSize="small"
                color="error"
              />
            )}
          </MenuItem>
        ))}
      </Select>
      {(props.error ?? brokenMessage ?? props.helperText) && (
        <FormHelperText error={!!props.error || !!brokenMessage}>
          {props.error ?? brokenMessage ?? props.helperText}
        </FormHelperText>
      )}
    </FormControl>
  );
}
