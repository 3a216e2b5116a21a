import { useEffect, useRef, useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { useLocation } from 'react-router-dom';
import { Box, Button, Typography } from '@material-ui/core';
import { InfoCard, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import {
  workspaceOperationLabels,
  type WorkspaceWithAllowedOperations,
} from '@oqullus/plugin-workspaces-common';
import { workspacesApiRef } from '../../../api';
import { errorMessage } from '../../shared';
import {
  TemplateInputsFields,
  templateInputDefaults,
  templateInputsToSend,
  validateTemplateInputs,
  type TemplateInputValues,
} from '../../TemplateInputs';
import { ActionError } from '../header/ActionError';
import { useOperationRunner } from '../header/useOperationRunner';
import { UPDATE_REFUSED_TEXT } from './useUpdatePermission';

/** The anchor the failure panel's "Edit inputs and retry" points at. */
export const TEMPLATE_INPUTS_ANCHOR = 'template-inputs';

/** After saving, the job that puts the new inputs to work, if the status has one. */
function followUpOf(workspace: WorkspaceWithAllowedOperations) {
  if (workspace.status === 'failed') {
    return 'provision' as const;
  }
  if (workspace.status === 'running') {
    return 'sync-infrastructure' as const;
  }
  return null;
}

/**
 * The stack template's inputs with the workspace's values, in the fields and
 * with the checks of the Create form; saving offers the job that applies them.
 */
export function TemplateInputsForm(props: {
  workspace: WorkspaceWithAllowedOperations;
  canUpdate: boolean;
  onChanged: () => void;
}) {
  const { workspace, canUpdate, onChanged } = props;
  const api = useApi(workspacesApiRef);
  const template = useAsync(
    () =>
      api.getAccountResource(
        'stack-templates',
        workspace.provisioning.stackTemplate,
      ),
    [api, workspace.provisioning.stackTemplate],
  );
  const [values, setValues] = useState<TemplateInputValues | null>(null);
  const [showErrors, setShowErrors] = useState(false);
  const [saved, setSaved] = useState(false);
  const saver = useOperationRunner(onChanged);
  const follower = useOperationRunner(onChanged);
  const anchor = useRef<HTMLDivElement>(null);
  const { hash } = useLocation();

  useEffect(() => {
    if (hash === `#${TEMPLATE_INPUTS_ANCHOR}` && anchor.current) {
      anchor.current.scrollIntoView?.({ block: 'start' });
      anchor.current.focus();
    }
  }, [hash, template.value]);

  const inputs = template.value?.inputs;
  const current: TemplateInputValues =
    values ??
    (inputs
      ? { ...templateInputDefaults(inputs), ...workspace.parameters }
      : workspace.parameters);
  const errors = inputs ? validateTemplateInputs(inputs, current) : {};
  const editable =
    canUpdate &&
    workspace.status !== 'deleted' &&
    workspace.status !== 'deleting';
  const followUp = followUpOf(workspace);

  const save = async () => {
    setShowErrors(true);
    if (!inputs || Object.keys(errors).length > 0) {
      return;
    }
    const ok = await saver.run(
      'Saving the template inputs',
      () =>
        api.updateWorkspace(workspace.id, {
          parameters: templateInputsToSend(inputs, current),
        }),
      'Template inputs saved',
    );
    if (ok) {
      setValues(null);
      setShowErrors(false);
      setSaved(true);
    }
  };

  const runFollowUp = async (
    operation: 'provision' | 'sync-infrastructure',
  ) => {
    const label = workspaceOperationLabels[operation];
    if (
      await follower.run(
        label,
        () => api.requestOperation(workspace.id, { operation }),
        `${label} queued for ${workspace.name}`,
      )
    ) {
      setSaved(false);
    }
  };

  let body;
  if (template.loading) {
    body = <Progress />;
  } else if (template.error || !inputs) {
    body = (
      <ActionError
        title="The stack template could not be loaded"
        message={
          template.error
            ? errorMessage(template.error)
            : 'The stack template has no inputs schema.'
        }
      />
    );
  } else {
    body = (
      <form
        noValidate
        onSubmit={event => {
          event.preventDefault();
          save();
        }}
      >
        <fieldset
          disabled={!editable || saver.pending !== null}
          style={{ border: 0, margin: 0, padding: 0 }}
        >
          <legend className="MuiTypography-srOnly">
            Inputs of{' '}
            {template.value?.title ?? workspace.provisioning.stackTemplate}
          </legend>
          <TemplateInputsFields
            inputs={inputs}
            value={current}
            onChange={next => {
              setValues(next);
              setSaved(false);
            }}
            errors={showErrors ? errors : {}}
          />
        </fieldset>
        {saver.failure && (
          <Box my={2}>
            <ActionError {...saver.failure} />
          </Box>
        )}
        <Box mt={2}>
          <Button
            type="submit"
            variant="contained"
            color="primary"
            disabled={!editable || values === null || saver.pending !== null}
          >
            Save inputs
          </Button>
        </Box>
      </form>
    );
  }

  const followUpDecision = followUp && workspace.allowedOperations[followUp];
  return (
    <div id={TEMPLATE_INPUTS_ANCHOR} ref={anchor} tabIndex={-1}>
      <InfoCard
        title="Template inputs"
        subheader={`The inputs of ${
          template.value?.title ?? workspace.provisioning.stackTemplate
        }; the next job uses what is saved here.`}
      >
        {!canUpdate && (
          <Typography variant="body2" paragraph>
            {UPDATE_REFUSED_TEXT}
          </Typography>
        )}
        {body}
        {saved && followUp && followUpDecision && (
          <Box mt={2} role="status" data-testid="inputs-follow-up">
            <Typography variant="body2" paragraph>
              {followUp === 'provision'
                ? `Inputs saved. Retry ${workspaceOperationLabels.provision} to build with them.`
                : `Inputs saved. The infrastructure still runs with the old ones until ${workspaceOperationLabels['sync-infrastructure']} applies them.`}
            </Typography>
            {followUpDecision.allowed ? (
              <Button
                variant="contained"
                color="primary"
                disabled={follower.pending !== null}
                onClick={() => runFollowUp(followUp)}
              >
                {followUp === 'provision'
                  ? 'Retry provision'
                  : `Run ${workspaceOperationLabels['sync-infrastructure']}`}
              </Button>
            ) : (
              <Typography variant="body2">{followUpDecision.reason}</Typography>
            )}
          </Box>
        )}
        {follower.failure && (
          <Box mt={2}>
            <ActionError {...follower.failure} />
          </Box>
        )}
      </InfoCard>
    </div>
  );
}
