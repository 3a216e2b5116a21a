import type {
  StackTemplateInputProperty,
  StackTemplateInputs,
} from '@oqullus/plugin-workspaces-common';

/** Values of a template's inputs, keyed by input name. */
export type TemplateInputValues = Record<string, unknown>;

/** One message per input that is wrong, keyed by input name. */
export type TemplateInputErrors = Record<string, string>;

function isMissing(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

function labelOf(name: string, property: StackTemplateInputProperty) {
  return property.title ?? name;
}

function numberKeyword(property: StackTemplateInputProperty, key: string) {
  const keyword = property[key];
  return typeof keyword === 'number' ? keyword : undefined;
}

function typeMessage(
  label: string,
  property: StackTemplateInputProperty,
  value: unknown,
): string | undefined {
  switch (property.type) {
    case 'string':
      return typeof value === 'string' ? undefined : `${label} must be text`;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value)
        ? undefined
        : `${label} must be a number`;
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value)
        ? undefined
        : `${label} must be a whole number`;
    case 'boolean':
      return typeof value === 'boolean'
        ? undefined
        : `${label} must be true or false`;
    default:
      return undefined;
  }
}

function rangeMessage(
  label: string,
  property: StackTemplateInputProperty,
  value: number,
): string | undefined {
  const minimum = numberKeyword(property, 'minimum');
  const maximum = numberKeyword(property, 'maximum');
  if (minimum !== undefined && value < minimum) {
    return `${label} must be at least ${minimum}`;
  }
  if (maximum !== undefined && value > maximum) {
    return `${label} must be at most ${maximum}`;
  }
  return undefined;
}

function lengthMessage(
  label: string,
  property: StackTemplateInputProperty,
  value: string,
): string | undefined {
  const minLength = numberKeyword(property, 'minLength');
  const maxLength = numberKeyword(property, 'maxLength');
  if (minLength !== undefined && value.length < minLength) {
    return `${label} must be at least ${minLength} characters (got ${value.length})`;
  }
  if (maxLength !== undefined && value.length > maxLength) {
    return `${label} must be at most ${maxLength} characters (got ${value.length})`;
  }
  if (
    typeof property.pattern === 'string' &&
    !new RegExp(property.pattern, 'u').test(value)
  ) {
    return `${label} must match the pattern ${property.pattern}`;
  }
  return undefined;
}

function messageFor(
  name: string,
  property: StackTemplateInputProperty,
  value: unknown,
  required: boolean,
): string | undefined {
  const label = labelOf(name, property);
  if (isMissing(value)) {
    return required ? `${label} is required` : undefined;
  }
  const wrongType = typeMessage(label, property, value);
  if (wrongType) return wrongType;
  if (property.enum && !property.enum.some(option => option === value)) {
    return `${label} must be one of ${property.enum.join(', ')}`;
  }
  if (typeof value === 'number') return rangeMessage(label, property, value);
  if (typeof value === 'string') return lengthMessage(label, property, value);
  return undefined;
}

/**
 * Checks values against a stack template's input schema with the JSON Schema
 * keywords the backend enforces (required, type, enum, minimum, maximum,
 * minLength, maxLength, pattern), so a form can say what is wrong before the
 * server refuses it.
 */
export function validateTemplateInputs(
  inputs: StackTemplateInputs,
  values: TemplateInputValues,
): TemplateInputErrors {
  const required = new Set(inputs.required ?? []);
  const errors: TemplateInputErrors = {};
  for (const [name, property] of Object.entries(inputs.properties)) {
    const message = messageFor(
      name,
      property,
      values[name],
      required.has(name),
    );
    if (message) errors[name] = message;
  }
  return errors;
}
