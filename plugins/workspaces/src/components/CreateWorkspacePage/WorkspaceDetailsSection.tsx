import { Checkbox, FormControlLabel, TextField } from '@material-ui/core';
import {
  DESCRIPTION_RULES,
  EXTERNAL_ID_RULES,
  WORKSPACE_NAME_RULES,
} from '@oqullus/plugin-workspaces-common';
import type { FormSectionProps } from './formSectionProps';

/** Name, description and external workspace ID. */
export function WorkspaceDetailsSection(props: FormSectionProps) {
  const { form, errors, onChange, onBlur } = props;
  return (
    <>
      <TextField
        id="workspace-name"
        label="Workspace name"
        variant="outlined"
        fullWidth
        margin="normal"
        required
        value={form.name}
        error={!!errors.name}
        helperText={errors.name ?? WORKSPACE_NAME_RULES}
        onChange={event => onChange({ name: event.target.value })}
        onBlur={() => onBlur('name')}
      />
      <TextField
        id="workspace-description"
        label="Description"
        variant="outlined"
        fullWidth
        margin="normal"
        multiline
        minRows={2}
        value={form.description}
        error={!!errors.description}
        helperText={errors.description ?? DESCRIPTION_RULES}
        onChange={event => onChange({ description: event.target.value })}
        onBlur={() => onBlur('description')}
      />
      <FormControlLabel
        control={
          <Checkbox
            color="primary"
            checked={form.generateExternalId}
            onChange={event =>
              onChange({ generateExternalId: event.target.checked })
            }
          />
        }
        label="Generate external workspace ID"
      />
      {!form.generateExternalId && (
        <TextField
          id="workspace-external-id"
          label="External workspace ID"
          variant="outlined"
          fullWidth
          margin="normal"
          required
          value={form.externalId}
          error={!!errors.externalId}
          helperText={errors.externalId ?? EXTERNAL_ID_RULES}
          onChange={event => onChange({ externalId: event.target.value })}
          onBlur={() => onBlur('externalId')}
        />
      )}
    </>
  );
}
