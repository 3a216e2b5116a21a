import { catalogApiRef } from '@backstage/plugin-catalog-react';
import type { CustomFieldValidator } from '@backstage/plugin-scaffolder-react';
import { workspacesApiRef } from '../../api';
import { validateTemplateInputs } from '../TemplateInputs';
import { loadStackTemplateOfEntity } from './loadStackTemplateOfEntity';
import { rememberedTemplateInputs } from './rememberedTemplateInputs';
import {
  stackTemplateFieldOf,
  type WorkspaceTemplateInputsUiOptions,
  type WorkspaceTemplateInputsValue,
} from './workspaceTemplateInputsOptions';

/**
 * Refuses the step while an input breaks its template's schema, with the
 * same rules as the Create workspace page and the backend.
 */
export const validateWorkspaceTemplateInputs: CustomFieldValidator<
  WorkspaceTemplateInputsValue,
  WorkspaceTemplateInputsUiOptions
> = async (value, validation, context) => {
  const field = stackTemplateFieldOf(context.uiSchema);
  const entityRef = context.formData[field];
  let inputs = rememberedTemplateInputs(field);
  if (typeof entityRef === 'string' && entityRef) {
    const catalogApi = context.apiHolder.get(catalogApiRef);
    const workspacesApi = context.apiHolder.get(workspacesApiRef);
    if (catalogApi && workspacesApi) {
      inputs = (
        await loadStackTemplateOfEntity(
          { catalogApi, workspacesApi },
          entityRef,
        )
      ).inputs;
    }
  }
  if (!inputs) return;
  for (const message of Object.values(
    validateTemplateInputs(inputs, value ?? {}),
  )) {
    validation.addError(message);
  }
};
