import {
  useCallback,
  useEffect,
  useRef,
  useState,
  type FormEvent,
} from 'react';
import { useNavigate } from 'react-router-dom';
import {
  Content,
  Header,
  LinkButton,
  Page,
  Progress,
  ResponseErrorPanel,
  WarningPanel,
} from '@backstage/core-components';
import { useApi, useRouteRef } from '@backstage/core-plugin-api';
import { Box, Button, Grid, Typography } from '@material-ui/core';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  workspaceApprovalSkipPermission,
  creationNeedsApproval,
} from '@oqullus/plugin-workspaces-common';
import { workspacesApiRef } from '../../api';
import { rootRouteRef, workspaceRouteRef } from '../../routes';
import { TemplateInputsFields, templateInputDefaults } from '../TemplateInputs';
import { focusHeadingState } from '../WorkspacePage/headingFocusOnArrival';
import {
  buildCreateWorkspaceRequest,
  type CreateWorkspaceForm,
} from './createWorkspaceForm';
import { FormSection } from './FormSection';
import { NothingRegisteredPanel } from './NothingRegisteredPanel';
import { OwnerSelect } from './OwnerSelect';
import { ProvisioningSection } from './ProvisioningSection';
import { placeServerError } from './serverErrorFields';
import { useCreateWorkspaceFormState } from './useCreateWorkspaceFormState';
import { useOwnerChoices } from './useOwnerChoices';
import {
  useProvisioningResources,
  type ProvisioningResources,
} from './useProvisioningResources';
import { WhatHappensNextCard } from './WhatHappensNextCard';
import { WorkspaceDetailsSection } from './WorkspaceDetailsSection';

/**
 * After a refused submit, the first field marked in red takes the focus, so keyboard
 * and screen-reader users land on what to fix.
 */
function focusFirstInvalidField(form: HTMLFormElement | null) {
  const field = form?.querySelector<HTMLElement>(
    '.Mui-error input:not([type="hidden"]):not([aria-hidden="true"]), .Mui-error textarea, .Mui-error [role="button"]',
  );
  field?.focus();
}

function missingKinds(resources: ProvisioningResources): string[] {
  const missing: string[] = [];
  if (!resources.stackTemplates.length) missing.push('stack template');
  if (!resources.cloudCredentials.length) missing.push('cloud credential');
  if (!resources.stateStorages.length) missing.push('state storage');
  return missing;
}

// Only one choice: nothing for the user to decide.
function onlyName(resources: { name: string }[]): string {
  return resources.length === 1 ? resources[0].name : '';
}

function CreateWorkspaceFormView(props: {
  resources: ProvisioningResources;
  owners: { user: string; groups: string[] };
}) {
  const { resources, owners } = props;
  const api = useApi(workspacesApiRef);
  const navigate = useNavigate();
  const rootRoute = useRouteRef(rootRouteRef);
  const workspaceRoute = useRouteRef(workspaceRouteRef);
  // One key per form: a double submit or a retry returns the same workspace.
  const [idempotencyKey] = useState(() => globalThis.crypto.randomUUID());
  const [submitting, setSubmitting] = useState(false);
  const [generalError, setGeneralError] = useState<string>();

  const templateOf = useCallback(
    (form: CreateWorkspaceForm) =>
      resources.stackTemplates.find(t => t.name === form.stackTemplate),
    [resources],
  );
  const state = useCreateWorkspaceFormState(templateOf);
  // Whom the policy lets skip approval (Account Owners and Admins in ours) start at once.
  const approvalSkip = usePermission({
    permission: workspaceApprovalSkipPermission,
  });
  const formRef = useRef<HTMLFormElement>(null);
  const [invalidSubmits, setInvalidSubmits] = useState(0);
  useEffect(() => {
    if (invalidSubmits > 0) focusFirstInvalidField(formRef.current);
  }, [invalidSubmits]);
  const { form, change, blur, shownErrors } = state;
  const template = templateOf(form);

  const chooseTemplate = useCallback(
    (name: string) => {
      const chosen = resources.stackTemplates.find(t => t.name === name);
      change({
        stackTemplate: name,
        parameters: chosen ? templateInputDefaults(chosen.inputs) : {},
      });
    },
    [change, resources],
  );

  useEffect(() => {
    chooseTemplate(onlyName(resources.stackTemplates));
    change({
      owner: owners.user,
      cloudCredential: onlyName(resources.cloudCredentials),
      stateStorage: onlyName(resources.stateStorages),
    });
  }, [change, chooseTemplate, owners, resources]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    state.markSubmitted();
    setGeneralError(undefined);
    if (Object.keys(state.clientErrors).length > 0) {
      setInvalidSubmits(count => count + 1);
      return;
    }
    setSubmitting(true);
    try {
      const workspace = await api.createWorkspace(
        buildCreateWorkspaceRequest(form, template),
        { idempotencyKey },
      );
      // Creating queues the provision job (or asks for approval) on the server.
      navigate(`${workspaceRoute({ id: workspace.id })}/events`, {
        state: focusHeadingState,
      });
    } catch (error) {
      const shownFields = new Set([
        'name',
        'description',
        'owner',
        'provisioning.stackTemplate',
        'provisioning.cloudCredential',
        'provisioning.stateStorage',
        'provisioning.network',
        ...(form.generateExternalId ? [] : ['externalId']),
        ...Object.keys(template?.inputs.properties ?? {}).map(
          name => `parameters.${name}`,
        ),
      ]);
      const placed = placeServerError(error, shownFields);
      state.setServerErrors(placed.fields);
      setGeneralError(placed.general);
      setSubmitting(false);
      if (Object.keys(placed.fields).length > 0) {
        setInvalidSubmits(count => count + 1);
      }
    }
  };

  const inputErrors = Object.fromEntries(
    Object.entries(shownErrors)
      .filter(([field]) => field.startsWith('parameters.'))
      .map(([field, message]) => [field.slice('parameters.'.length), message]),
  );
  const hasErrors = Object.keys(shownErrors).length > 0;

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={submit}
      aria-label="Create workspace"
    >
      <FormSection title="Workspace">
        <WorkspaceDetailsSection
          form={form}
          errors={shownErrors}
          onChange={change}
          onBlur={blur}
        />
        <OwnerSelect
          choices={owners}
          value={form.owner}
          error={shownErrors.owner}
          onChange={owner => change({ owner })}
          onBlur={() => blur('owner')}
        />
      </FormSection>
      <FormSection
        title="Provisioning"
        subtitle="The registered resources the workspace is built from"
      >
        <ProvisioningSection
          form={form}
          errors={shownErrors}
          onChange={change}
          onBlur={blur}
          resources={resources}
          onTemplateChange={chooseTemplate}
        />
      </FormSection>
      {template && (
        <FormSection
          title="Template inputs"
          subtitle={`What ${template.title} asks for`}
        >
          <TemplateInputsFields
            key={template.name}
            inputs={template.inputs}
            value={form.parameters}
            onChange={parameters => change({ parameters })}
            onBlur={name => blur(`parameters.${name}`)}
            errors={inputErrors}
          />
        </FormSection>
      )}
      {generalError && (
        <Box mb={2}>
          <WarningPanel
            severity="error"
            title="The workspace was not created"
            message={generalError}
            defaultExpanded
          />
        </Box>
      )}
      {!generalError && hasErrors && (
        <Box mb={2}>
          <Typography color="error" variant="body2" role="status">
            Fix the fields marked in red, then create the workspace again.
          </Typography>
        </Box>
      )}
      {template &&
        !approvalSkip.loading &&
        creationNeedsApproval({
          templateRequiresApproval: template.requiresApproval,
          requesterMaySkipApproval: approvalSkip.allowed,
        }) && (
          <Typography
            variant="body2"
            color="textSecondary"
            paragraph
            data-testid="approval-hint"
          >
            {template.requiresApproval
              ? `${template.title} needs approval`
              : 'Your request needs approval'}
            : provisioning starts once an Account Owner or Admin approves the
            workspace.
          </Typography>
        )}
      <Box display="flex" gridGap={8}>
        <Button
          type="submit"
          variant="contained"
          color="primary"
          disabled={submitting}
        >
          {submitting ? 'Creating…' : 'Create workspace'}
        </Button>
        <LinkButton to={rootRoute()} variant="outlined">
          Cancel
        </LinkButton>
      </Box>
    </form>
  );
}

/** `/workspaces/create`: the form that creates (and so provisions) a workspace. */
export function CreateWorkspacePage() {
  const resources = useProvisioningResources();
  const owners = useOwnerChoices();
  const rootRoute = useRouteRef(rootRouteRef);

  let body;
  if (resources.loading || owners.loading) {
    body = <Progress />;
  } else if (resources.error || owners.error) {
    body = <ResponseErrorPanel error={(resources.error ?? owners.error)!} />;
  } else if (resources.value && owners.value) {
    const missing = missingKinds(resources.value);
    body = missing.length ? (
      <>
        <NothingRegisteredPanel missing={missing} />
        <Box mt={2}>
          <LinkButton to={rootRoute()} variant="outlined">
            Back to My Workspaces
          </LinkButton>
        </Box>
      </>
    ) : (
      <CreateWorkspaceFormView
        resources={resources.value}
        owners={owners.value}
      />
    );
  }

  return (
    <Page themeId="tool">
      <Header
        title="Create workspace"
        subtitle="A workspace is built with Terraform from a stack template"
      />
      <Content>
        <Grid container spacing={3}>
          <Grid item xs={12} md={8}>
            {body}
          </Grid>
          <Grid item xs={12} md={4}>
            <WhatHappensNextCard />
          </Grid>
        </Grid>
      </Content>
    </Page>
  );
}
