export { WorkspaceTemplateInputsField } from './WorkspaceTemplateInputsField';
export { validateWorkspaceTemplateInputs } from './validateWorkspaceTemplateInputs';
export { workspaceTemplateInputsFormField } from './workspaceTemplateInputsFormField';
export { WORKSPACE_TEMPLATE_INPUTS_FIELD_NAME } from './workspaceTemplateInputsOptions';
export type {
  WorkspaceTemplateInputsUiOptions,
  WorkspaceTemplateInputsValue,
} from './workspaceTemplateInputsOptions';
