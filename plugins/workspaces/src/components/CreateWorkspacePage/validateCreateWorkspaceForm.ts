import {
  createWorkspaceRequestSchema,
  type StackTemplate,
} from '@oqullus/plugin-workspaces-common';
import { validateTemplateInputs } from '../TemplateInputs';
import {
  buildCreateWorkspaceRequest,
  type CreateWorkspaceForm,
  type FormErrors,
} from './createWorkspaceForm';

// An empty select reads better as what to do than as the schema's "Required".
const choiceMessages: Record<string, string> = {
  'provisioning.stackTemplate': 'Choose a stack template',
  'provisioning.cloudCredential': 'Choose a cloud credential',
  'provisioning.stateStorage': 'Choose a state storage',
};

/**
 * Every problem of the form, keyed by field path. The request is checked
 * with the backend's own schema and the template inputs with the same JSON
 * Schema keywords, so the form refuses exactly what the server would.
 */
export function validateCreateWorkspaceForm(
  form: CreateWorkspaceForm,
  template: StackTemplate | undefined,
): FormErrors {
  const errors: FormErrors = {};
  const parsed = createWorkspaceRequestSchema.safeParse(
    buildCreateWorkspaceRequest(form, template),
  );
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const field = issue.path.map(String).join('.');
    const message =
      issue.message === 'Required'
        ? choiceMessages[field] ?? issue.message
        : issue.message;
    // Every broken rule of a field, so one fix does not reveal the next.
    errors[field] = errors[field] ? `${errors[field]}; ${message}` : message;
  }
  if (template) {
    const inputErrors = validateTemplateInputs(
      template.inputs,
      form.parameters,
    );
    for (const [name, message] of Object.entries(inputErrors)) {
      errors[`parameters.${name}`] ??= message;
    }
  }
  return errors;
}
