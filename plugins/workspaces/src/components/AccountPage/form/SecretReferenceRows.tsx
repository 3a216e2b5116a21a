import {
  Box,
  FormHelperText,
  IconButton,
  MenuItem,
  TextField,
} from '@material-ui/core';
import DeleteIcon from '@material-ui/icons/Delete';
import {
  helperText,
  messagesAt,
  messagesExactlyAt,
  type FormIssue,
} from './formIssues';
import { RowsFieldset, withRowChanged } from './RowsFieldset';
import type { SecretReferenceRow } from './secretReferenceDraft';

/**
 * Where each secret comes from when a job runs. Deliberately no field for a
 * value: values live in the runner's environment or files, never here.
 */
export function SecretReferenceRows(props: {
  rows: SecretReferenceRow[];
  onChange: (rows: SecretReferenceRow[]) => void;
  issues: readonly FormIssue[];
}) {
  const { rows, onChange, issues } = props;
  const update = (index: number, change: Partial<SecretReferenceRow>) =>
    onChange(withRowChanged(rows, index, change));
  return (
    <RowsFieldset
      legend="Secret references"
      caption="Secret values are never entered or stored here. Each row names the environment variable Terraform receives and where the job runner reads its value when a job runs: one of its own environment variables or a file on its host."
      listMessages={messagesExactlyAt(issues, ['secrets'])}
      addLabel="Add secret reference"
      onAdd={() => onChange([...rows, { name: '', source: 'env', from: '' }])}
    >
      {rows.map((row, index) => {
        const nameMessages = messagesAt(issues, ['secrets', index, 'name']);
        const fromMessages = messagesAt(issues, ['secrets', index, 'from']);
        const rowMessages = messagesExactlyAt(issues, ['secrets', index]);
        return (
          <Box key={index}>
            <Box display="flex" alignItems="flex-start" gridGap={8}>
              <TextField
                id={`secret-name-${index}`}
                label={`Variable Terraform receives ${index + 1}`}
                placeholder="AWS_SECRET_ACCESS_KEY"
                value={row.name}
                onChange={event => update(index, { name: event.target.value })}
                error={nameMessages.length > 0}
                helperText={helperText(nameMessages)}
                margin="dense"
                style={{ flex: 1 }}
              />
              <TextField
                select
                id={`secret-source-${index}`}
                label={`Read from ${index + 1}`}
                value={row.source}
                onChange={event =>
                  update(index, {
                    source: event.target.value as SecretReferenceRow['source'],
                  })
                }
                margin="dense"
                style={{ minWidth: 170 }}
              >
                <MenuItem value="env">Environment variable</MenuItem>
                <MenuItem value="file">File path</MenuItem>
              </TextField>
              <TextField
                id={`secret-from-${index}`}
                label={
                  row.source === 'env'
                    ? `Runner environment variable ${index + 1}`
                    : `File path on the runner ${index + 1}`
                }
                placeholder={
                  row.source === 'env' ? 'PROD_AWS_SECRET' : '/run/secrets/aws'
                }
                value={row.from}
                onChange={event => update(index, { from: event.target.value })}
                error={fromMessages.length > 0}
                helperText={helperText(fromMessages)}
                margin="dense"
                style={{ flex: 1 }}
              />
              <IconButton
                aria-label={`Remove secret reference ${index + 1}`}
                onClick={() => onChange(rows.filter((_, i) => i !== index))}
              >
                <DeleteIcon />
              </IconButton>
            </Box>
            {rowMessages.length > 0 && (
              <FormHelperText error>{rowMessages.join('; ')}</FormHelperText>
            )}
          </Box>
        );
      })}
    </RowsFieldset>
  );
}
