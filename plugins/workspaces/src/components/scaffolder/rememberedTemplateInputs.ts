import type { StackTemplateInputs } from '@oqullus/plugin-workspaces-common';

// The scaffolder validates a step with that step's data only, so a stack
// template chosen on an earlier step is not in the validator's formData.
// The field remembers what it rendered for the validator to check against.
const rendered = new Map<string, StackTemplateInputs>();

/** The inputs the field rendered for the template named by `stackTemplateField`. */
export function rememberTemplateInputs(
  stackTemplateField: string,
  inputs: StackTemplateInputs,
) {
  rendered.set(stackTemplateField, inputs);
}

/** The inputs last rendered for `stackTemplateField`, if any. */
export function rememberedTemplateInputs(
  stackTemplateField: string,
): StackTemplateInputs | undefined {
  return rendered.get(stackTemplateField);
}
