import { useState } from 'react';
import type { z } from 'zod';
import { Box, Button, TextField, Typography } from '@material-ui/core';
import { InfoCard } from '@backstage/core-components';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import {
  DESCRIPTION_RULES,
  descriptionSchema,
  WORKSPACE_NAME_RULES,
  workspaceNameSchema,
  type Workspace,
} from '@oqullus/plugin-workspaces-common';
import { workspacesApiRef } from '../../../api';
import { errorMessage } from '../../shared';
import { ActionError } from '../header/ActionError';
import { UPDATE_REFUSED_TEXT } from './useUpdatePermission';

function firstProblem(schema: z.ZodType, value: string): string | undefined {
  const result = schema.safeParse(value);
  return result.success ? undefined : result.error.issues[0]?.message;
}

/** Renames the workspace or changes its description, checked with the API's own rules. */
export function WorkspaceDetailsForm(props: {
  workspace: Workspace;
  canUpdate: boolean;
  onChanged: () => void;
}) {
  const { workspace, canUpdate, onChanged } = props;
  const api = useApi(workspacesApiRef);
  const alertApi = useApi(alertApiRef);
  const [name, setName] = useState(workspace.name);
  const [description, setDescription] = useState(workspace.description ?? '');
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const nameProblem = firstProblem(workspaceNameSchema, name);
  const descriptionProblem = firstProblem(descriptionSchema, description);
  const changed =
    name.trim() !== workspace.name ||
    description.trim() !== (workspace.description ?? '');
  const editable = canUpdate && workspace.status !== 'deleted';

  const save = async () => {
    setSaving(true);
    setFailure(null);
    try {
      await api.updateWorkspace(workspace.id, {
        name: name.trim(),
        description: description.trim(),
      });
      alertApi.post({
        message: 'Workspace settings saved',
        severity: 'success',
        display: 'transient',
      });
      onChanged();
    } catch (error) {
      setFailure(errorMessage(error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <InfoCard title="Name and description">
      {!canUpdate && (
        <Typography variant="body2" paragraph>
          {UPDATE_REFUSED_TEXT}
        </Typography>
      )}
      <form
        onSubmit={event => {
          event.preventDefault();
          save();
        }}
        noValidate
      >
        <TextField
          id="workspace-name"
          fullWidth
          required
          variant="outlined"
          margin="normal"
          label="Name"
          value={name}
          disabled={!editable}
          onChange={event => setName(event.target.value)}
          error={Boolean(nameProblem)}
          // The rules help only while the name can change.
          helperText={
            editable ? nameProblem ?? WORKSPACE_NAME_RULES : undefined
          }
        />
        <TextField
          id="workspace-description"
          fullWidth
          multiline
          minRows={3}
          variant="outlined"
          margin="normal"
          label="Description"
          value={description}
          disabled={!editable}
          onChange={event => setDescription(event.target.value)}
          error={Boolean(descriptionProblem)}
          helperText={
            editable ? descriptionProblem ?? DESCRIPTION_RULES : undefined
          }
        />
        {failure && (
          <Box my={2}>
            <ActionError title="Settings were not saved" message={failure} />
          </Box>
        )}
        <Button
          type="submit"
          variant="contained"
          color="primary"
          disabled={
            !editable ||
            !changed ||
            saving ||
            Boolean(nameProblem || descriptionProblem)
          }
        >
          Save
        </Button>
      </form>
    </InfoCard>
  );
}
