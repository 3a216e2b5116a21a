import type {
  CreateWorkspaceRequest,
  StackTemplate,
} from '@oqullus/plugin-workspaces-common';
import {
  templateInputsToSend,
  type TemplateInputValues,
} from '../TemplateInputs';

/** What the Create workspace form holds, as the user typed and chose it. */
export type CreateWorkspaceForm = {
  name: string;
  description: string;
  generateExternalId: boolean;
  externalId: string;
  stackTemplate: string;
  cloudCredential: string;
  stateStorage: string;
  /** Empty: the template creates a network. */
  network: string;
  owner: string;
  parameters: TemplateInputValues;
};

/** Messages keyed by request field path, such as `provisioning.stackTemplate` or `parameters.region`. */
export type FormErrors = Record<string, string>;

export const emptyCreateWorkspaceForm: CreateWorkspaceForm = {
  name: '',
  description: '',
  generateExternalId: true,
  externalId: '',
  stackTemplate: '',
  cloudCredential: '',
  stateStorage: '',
  network: '',
  owner: '',
  parameters: {},
};

/**
 * The request body the form stands for. Optional fields left empty are left
 * out, so the server applies its defaults (a generated external ID, the
 * requester as owner, a network created by the template).
 */
export function buildCreateWorkspaceRequest(
  form: CreateWorkspaceForm,
  template: StackTemplate | undefined,
): CreateWorkspaceRequest {
  return {
    name: form.name,
    ...(form.description.trim() ? { description: form.description } : {}),
    ...(form.generateExternalId ? {} : { externalId: form.externalId }),
    ...(form.owner ? { owner: form.owner } : {}),
    provisioning: {
      stackTemplate: form.stackTemplate,
      cloudCredential: form.cloudCredential,
      stateStorage: form.stateStorage,
      ...(form.network ? { network: form.network } : {}),
    },
    parameters: template
      ? templateInputsToSend(template.inputs, form.parameters)
      : {},
  };
}
