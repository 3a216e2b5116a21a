import {
  Box,
  Button,
  FormHelperText,
  IconButton,
  MenuItem,
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
    onChange(rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  const listMessages = messagesExactlyAt(issues, ['secrets']);
  return (
    <Box component="fieldset" border={0} padding={0} margin={0} marginTop={2}>
      <Typography component="legend" variant="subtitle2">
        Secret references
      </Typography>
      <Typography variant="caption" color="textSecondary" component="p">
        Secret values are never entered or stored here. Each row names the
        environment variable Terraform receives and where the job runner reads
        its value when a job runs: one of its own environment variables or a
        file on its host.
      </Typography>
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
      {listMessages.length > 0 && (
        <FormHelperText error>{listMessages.join('; ')}</FormHelperText>
      )}
      <Button
        size="small"
        startIcon={<AddIcon />}
        onClick={() =>
          onChange([...rows, { name: '', source: 'env', from: '' }])
        }
      >
        Add secret reference
      </Button>
    </Box>
  );
}
