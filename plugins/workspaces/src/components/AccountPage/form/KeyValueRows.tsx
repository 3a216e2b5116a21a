import {
  Box,
  Button,
  FormHelperText,
  IconButton,
  TextField,
  Typography,
} from '@material-ui/core';
import AddIcon from '@material-ui/icons/Add';
import DeleteIcon from '@material-ui/icons/Delete';
import {
  helperText,
  messagesAt,
  messagesExactlyAt,
  type FormIssue,
} from './formIssues';
import type { KeyValueRow } from './keyValueDraft';

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
    onChange(rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  const ownMessages = messagesExactlyAt(issues, [field]);
  return (
    <Box component="fieldset" border={0} padding={0} margin={0} marginTop={2}>
      <Typography component="legend" variant="subtitle2">
        {label}
      </Typography>
      <Typography variant="caption" color="textSecondary" component="p">
        {props.caption}
      </Typography>
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
      {ownMessages.length > 0 && (
        <FormHelperText error>{ownMessages.join('; ')}</FormHelperText>
      )}
      <Button
        size="small"
        startIcon={<AddIcon />}
        onClick={() => onChange([...rows, { key: '', value: '' }])}
      >
        Add {label.toLowerCase()} row
      </Button>
    </Box>
  );
}
