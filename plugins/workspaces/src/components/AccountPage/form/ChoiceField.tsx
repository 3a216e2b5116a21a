import { MenuItem, TextField } from '@material-ui/core';
import { helperText, messagesAt, type FormIssue } from './formIssues';

/**
 * A required select of fixed choices (provider, backend kind) showing the
 * schema's messages for its request field.
 */
export function ChoiceField<TValue extends string>(props: {
  id: string;
  label: string;
  /** The request field the schema's messages are about. */
  field: string;
  value: TValue;
  choices: ReadonlyArray<readonly [TValue, string]>;
  onChange: (value: TValue) => void;
  issues: readonly FormIssue[];
}) {
  const messages = messagesAt(props.issues, [props.field]);
  return (
    <TextField
      select
      id={props.id}
      label={props.label}
      required
      fullWidth
      margin="dense"
      value={props.value}
      onChange={event => props.onChange(event.target.value as TValue)}
      error={messages.length > 0}
      helperText={helperText(messages)}
    >
      {props.choices.map(([value, label]) => (
        <MenuItem key={value} value={value}>
          {label}
        </MenuItem>
      ))}
    </TextField>
  );
}
