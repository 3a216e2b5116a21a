import type { StackTemplateInputs } from '@oqullus/plugin-workspaces-common';
import type { TemplateInputValues } from './validateTemplateInputs';

/** The template's default values, for a form to start from. */
export function templateInputDefaults(
  inputs: StackTemplateInputs,
): TemplateInputValues {
  const values: TemplateInputValues = {};
  for (const [name, property] of Object.entries(inputs.properties)) {
    if (property.default !== undefined) values[name] = property.default;
  }
  return values;
}

/**
 * The values to send: only the template's own inputs, and none left empty,
 * because the backend refuses inputs the template does not declare.
 */
export function templateInputsToSend(
  inputs: StackTemplateInputs,
  values: TemplateInputValues,
): TemplateInputValues {
  return Object.fromEntries(
    Object.keys(inputs.properties)
      .filter(name => values[name] !== undefined && values[name] !== '')
      .map(name => [name, values[name]]),
  );
}
