import { createFormField } from '@backstage/plugin-scaffolder-react/alpha';
import { validateWorkspaceTemplateInputs } from './validateWorkspaceTemplateInputs';
import { WorkspaceTemplateInputsField } from './WorkspaceTemplateInputsField';
import { WORKSPACE_TEMPLATE_INPUTS_FIELD_NAME } from './workspaceTemplateInputsOptions';

/** The field for scaffolders on the new frontend system. */
export const workspaceTemplateInputsFormField = createFormField({
  name: WORKSPACE_TEMPLATE_INPUTS_FIELD_NAME,
  component: WorkspaceTemplateInputsField,
  validation: validateWorkspaceTemplateInputs,
});
