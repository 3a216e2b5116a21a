import { Typography } from '@material-ui/core';
import type { StackTemplateInputs } from '@oqullus/plugin-workspaces-common';
import { TemplateInputField } from './TemplateInputField';
import type {
  TemplateInputErrors,
  TemplateInputValues,
} from './validateTemplateInputs';

/** Props of TemplateInputsFields. */
export type TemplateInputsFieldsProps = {
  inputs: StackTemplateInputs;
  value: TemplateInputValues;
  onChange: (value: TemplateInputValues) => void;
  /** Messages to show, keyed by input name; leave out the ones not to show yet. */
  errors?: TemplateInputErrors;
  /** Called when an input loses focus, so a form can start showing its message. */
  onBlur?: (name: string) => void;
};

/**
 * A stack template's inputs as form fields, one per JSON Schema property:
 * text, select for enums, number with its range, switch for booleans.
 */
export function TemplateInputsFields(props: TemplateInputsFieldsProps) {
  const { inputs, value, onChange, errors = {}, onBlur } = props;
  const required = new Set(inputs.required ?? []);
  const names = Object.keys(inputs.properties);
  if (names.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        This stack template takes no inputs.
      </Typography>
    );
  }
  return (
    <>
      {names.map(name => (
        <TemplateInputField
          key={name}
          name={name}
          property={inputs.properties[name]}
          required={required.has(name)}
          value={value[name]}
          error={errors[name]}
          onChange={next => onChange({ ...value, [name]: next })}
          onBlur={onBlur ? () => onBlur(name) : undefined}
        />
      ))}
    </>
  );
}
