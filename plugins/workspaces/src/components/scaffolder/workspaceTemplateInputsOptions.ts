/** The field's name in `ui:field`. */
export const WORKSPACE_TEMPLATE_INPUTS_FIELD_NAME = 'WorkspaceTemplateInputs';

/**
 * `ui:options` of the `WorkspaceTemplateInputs` scaffolder field.
 *
 * @public
 */
export type WorkspaceTemplateInputsUiOptions = {
  /** The sibling form field holding the stack template's entity ref; `stackTemplate` by default. */
  stackTemplateField?: string;
};

/**
 * The `WorkspaceTemplateInputs` field's value: the template's input values by input name.
 *
 * @public
 */
export type WorkspaceTemplateInputsValue = Record<string, unknown>;

/** Which sibling field names the stack template. */
export function stackTemplateFieldOf(uiSchema?: {
  'ui:options'?: WorkspaceTemplateInputsUiOptions;
}): string {
  return uiSchema?.['ui:options']?.stackTemplateField ?? 'stackTemplate';
}
