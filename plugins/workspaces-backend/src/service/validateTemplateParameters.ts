import { InputError } from '@backstage/errors';
import type { StackTemplate } from '@oqullus/plugin-workspaces-common';
import Ajv from 'ajv';

const ajv = new Ajv({ allErrors: true, useDefaults: true, strict: false });

/**
 * Checks a workspace's parameters against its stack template's input schema, fills in
 * defaults, and refuses inputs the template does not declare (they would become
 * Terraform variables nobody asked for). Errors name each field as `parameters.<name>`.
 */
export function validateTemplateParameters(
  template: Pick<StackTemplate, 'name' | 'inputs'>,
  parameters: Record<string, unknown>,
): Record<string, unknown> {
  const schema = {
    ...template.inputs,
    type: 'object',
    additionalProperties: false,
  };
  const validate = ajv.compile(schema);
  const values = structuredClone(parameters);
  if (validate(values)) {
    return values;
  }
  const problems = (validate.errors ?? []).map(error => {
    if (error.keyword === 'additionalProperties') {
      const extra = (error.params as { additionalProperty: string })
        .additionalProperty;
      return `parameters.${extra}: stack template '${template.name}' has no input named '${extra}'`;
    }
    if (error.keyword === 'required') {
      const missing = (error.params as { missingProperty: string })
        .missingProperty;
      return `parameters.${missing}: required by stack template '${template.name}'`;
    }
    const field = error.instancePath.replace(/^\//, '').replace(/\//g, '.');
    const allowed =
      error.keyword === 'enum'
        ? ` (${(
            error.params as { allowedValues: unknown[] }
          ).allowedValues.join(', ')})`
        : '';
    return `parameters.${field}: ${error.message}${allowed}`;
  });
  throw new InputError(problems.join('; '));
}
