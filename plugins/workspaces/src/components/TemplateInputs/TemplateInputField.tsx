import { useState } from 'react';
import {
  FormControl,
  FormControlLabel,
  FormHelperText,
  InputLabel,
  MenuItem,
  Select,
  Switch,
  TextField,
} from '@material-ui/core';
import type { StackTemplateInputProperty } from '@oqullus/plugin-workspaces-common';

/** What every input field gets from TemplateInputsFields. */
export type TemplateInputFieldProps = {
  name: string;
  property: StackTemplateInputProperty;
  required: boolean;
  value: unknown;
  error?: string;
  onChange: (value: unknown) => void;
  onBlur?: () => void;
};

function numberKeyword(property: StackTemplateInputProperty, key: string) {
  const keyword = property[key];
  return typeof keyword === 'number' ? keyword : undefined;
}

function rangeHint(property: StackTemplateInputProperty): string | undefined {
  const minimum = numberKeyword(property, 'minimum');
  const maximum = numberKeyword(property, 'maximum');
  if (minimum !== undefined && maximum !== undefined) {
    return `${minimum} to ${maximum}`;
  }
  if (minimum !== undefined) return `At least ${minimum}`;
  if (maximum !== undefined) return `At most ${maximum}`;
  return undefined;
}

function asSentence(text: string) {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** The error first, then the description; several parts as sentences. */
// The range, unless the description already says it.
function rangeHintFor(property: StackTemplateInputProperty) {
  const hint = rangeHint(property);
  return hint && !property.description?.includes(hint.toLowerCase())
    ? `Allowed: ${hint.toLowerCase()}`
    : undefined;
}

function helperText(...parts: Array<string | undefined>) {
  const given = parts.filter((part): part is string => !!part);
  if (given.length <= 1) return given[0];
  return given.map(asSentence).join(' ');
}

function EnumField(props: TemplateInputFieldProps) {
  const { name, property, required, value, error, onChange, onBlur } = props;
  const id = `template-input-${name}`;
  const options = property.enum ?? [];
  const selected = options.findIndex(option => option === value);
  return (
    <FormControl
      variant="outlined"
      fullWidth
      margin="normal"
      required={required}
      error={!!error}
    >
      <InputLabel id={`${id}-label`}>{property.title ?? name}</InputLabel>
      <Select
        labelId={`${id}-label`}
        id={id}
        label={property.title ?? name}
        value={selected === -1 ? '' : String(selected)}
        onChange={event => onChange(options[Number(event.target.value)])}
        onBlur={onBlur}
      >
        {!required && (
          <MenuItem value="">
            <em>Not set</em>
          </MenuItem>
        )}
        {options.map((option, index) => (
          <MenuItem key={String(option)} value={String(index)}>
            {String(option)}
          </MenuItem>
        ))}
      </Select>
      {helperText(error, property.description) && (
        <FormHelperText>
          {helperText(error, property.description)}
        </FormHelperText>
      )}
    </FormControl>
  );
}

function parseNumber(text: string): number | undefined {
  return text === '' ? undefined : Number(text);
}

function textOfNumber(value: unknown): string {
  return value === undefined || value === null ? '' : String(value);
}

function NumberField(props: TemplateInputFieldProps) {
  const { name, property, required, value, error, onChange, onBlur } = props;
  // The text is kept as typed so "1." or "-" can be finished; the value is
  // the parsed number. A value set from outside (defaults) replaces the text.
  const [typed, setTyped] = useState('');
  const text = Object.is(parseNumber(typed), value)
    ? typed
    : textOfNumber(value);
  return (
    <TextField
      id={`template-input-${name}`}
      label={property.title ?? name}
      type="number"
      variant="outlined"
      fullWidth
      margin="normal"
      required={required}
      value={text}
      inputProps={{
        min: numberKeyword(property, 'minimum'),
        max: numberKeyword(property, 'maximum'),
        step: property.type === 'integer' ? 1 : 'any',
      }}
      error={!!error}
      helperText={helperText(
        error,
        property.description,
        rangeHintFor(property),
      )}
      onChange={event => {
        setTyped(event.target.value);
        onChange(parseNumber(event.target.value));
      }}
      onBlur={onBlur}
    />
  );
}

function BooleanField(props: TemplateInputFieldProps) {
  const { name, property, value, error, onChange, onBlur } = props;
  return (
    <FormControl margin="normal" fullWidth error={!!error}>
      <FormControlLabel
        control={
          <Switch
            id={`template-input-${name}`}
            color="primary"
            checked={value === true}
            onChange={event => onChange(event.target.checked)}
            onBlur={onBlur}
          />
        }
        label={property.title ?? name}
      />
      {helperText(error, property.description) && (
        <FormHelperText>
          {helperText(error, property.description)}
        </FormHelperText>
      )}
    </FormControl>
  );
}

function TextInputField(props: TemplateInputFieldProps) {
  const { name, property, required, value, error, onChange, onBlur } = props;
  return (
    <TextField
      id={`template-input-${name}`}
      label={property.title ?? name}
      variant="outlined"
      fullWidth
      margin="normal"
      required={required}
      value={typeof value === 'string' ? value : ''}
      error={!!error}
      helperText={helperText(error, property.description)}
      onChange={event => onChange(event.target.value)}
      onBlur={onBlur}
    />
  );
}

/** One stack template input as the form field its JSON Schema type calls for. */
export function TemplateInputField(props: TemplateInputFieldProps) {
  const { property } = props;
  if (property.enum) return <EnumField {...props} />;
  if (property.type === 'number' || property.type === 'integer') {
    return <NumberField {...props} />;
  }
  if (property.type === 'boolean') return <BooleanField {...props} />;
  return <TextInputField {...props} />;
}
