import { Box, IconButton, TextField } from '@material-ui/core';
import DeleteIcon from '@material-ui/icons/Delete';
import {
  helperText,
  messagesAt,
  messagesExactlyAt,
  type FormIssue,
} from './formIssues';
import type { KeyValueRow } from './keyValueDraft';
import { RowsFieldset, withRowChanged } from './RowsFieldset';

/** Rows of non-secret key/value text, such as a credential's identity. */
export function KeyValueRows(props: {
  field: string;
  label: string;
  caption: string;
  rows: KeyValueRow[];
  onChange: (rows: KeyValueRow[]) => void;
  issues: readonly FormIssue[];
}) {
  const { field, label, rows, onChange, issues } = props;
  const update = (index: number, change: Partial<KeyValueRow>) =>
    onChange(withRowChanged(rows, index, change));
  return (
    <RowsFieldset
      legend={label}
      caption={props.caption}
      listMessages={messagesExactlyAt(issues, [field])}
      addLabel={`Add ${label.toLowerCase()} row`}
      onAdd={() => onChange([...rows, { key: '', value: '' }])}
    >
      {rows.map((row, index) => {
        const messages = messagesAt(issues, [field, row.key.trim()]);
        return (
          <Box key={index} display="flex" alignItems="flex-start" gridGap={8}>
            <TextField
              id={`${field}-key-${index}`}
              label={`${label} key ${index + 1}`}
              value={row.key}
              onChange={event => update(index, { key: event.target.value })}
              error={messages.length > 0}
              margin="dense"
            />
            <TextField
              id={`${field}-value-${index}`}
              label={`${label} value ${index + 1}`}
              value={row.value}
              onChange={event => update(index, { value: event.target.value })}
              error={messages.length > 0}
              helperText={helperText(messages)}
              margin="dense"
              style={{ flex: 1 }}
            />
            <IconButton
              aria-label={`Remove ${label.toLowerCase()} row ${index + 1}`}
              onClick={() => onChange(rows.filter((_, i) => i !== index))}
            >
              <DeleteIcon />
            </IconButton>
          </Box>
        );
      })}
    </RowsFieldset>
  );
}
