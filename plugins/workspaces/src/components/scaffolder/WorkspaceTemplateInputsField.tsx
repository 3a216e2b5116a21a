import { useEffect, useMemo, useState } from 'react';
import { Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import type { FieldExtensionComponentProps } from '@backstage/plugin-scaffolder-react';
import { FormControl, FormHelperText, Typography } from '@material-ui/core';
import type { StackTemplateInputs } from '@oqullus/plugin-workspaces-common';
import { useAsync } from 'react-use';
import { workspacesApiRef } from '../../api';
import { errorMessage } from '../shared/errorMessage';
import {
  TemplateInputsFields,
  validateTemplateInputs,
  type TemplateInputValues,
} from '../TemplateInputs';
import { ReadableErrorColour } from '../shared';
import { loadStackTemplateOfEntity } from './loadStackTemplateOfEntity';
import { rememberTemplateInputs } from './rememberedTemplateInputs';
import {
  stackTemplateFieldOf,
  type WorkspaceTemplateInputsUiOptions,
  type WorkspaceTemplateInputsValue,
} from './workspaceTemplateInputsOptions';

/**
 * The values to hold for a (newly) loaded template: what was entered for
 * its inputs, else their defaults, and nothing for inputs it lacks (the
 * backend refuses those).
 */
function valuesForTemplate(
  inputs: StackTemplateInputs,
  current: TemplateInputValues | undefined,
): TemplateInputValues {
  const values: TemplateInputValues = {};
  for (const [name, property] of Object.entries(inputs.properties)) {
    const value = current?.[name] ?? property.default;
    if (value !== undefined) values[name] = value;
  }
  return values;
}

function sameValues(a: TemplateInputValues, b: TemplateInputValues = {}) {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * `ui:field: WorkspaceTemplateInputs`: the inputs of the stack template a
 * sibling field (`ui:options.stackTemplateField`) holds as a catalog entity
 * ref, as form fields; its value is the object of input values.
 */
export function WorkspaceTemplateInputsField(
  props: FieldExtensionComponentProps<
    WorkspaceTemplateInputsValue,
    WorkspaceTemplateInputsUiOptions
  >,
) {
  const { formData, onChange, uiSchema, formContext, rawErrors, schema } =
    props;
  const catalogApi = useApi(catalogApiRef);
  const workspacesApi = useApi(workspacesApiRef);
  const field = stackTemplateFieldOf(uiSchema);
  const entityRef: unknown = formContext?.formData?.[field];
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());

  const template = useAsync(async () => {
    if (typeof entityRef !== 'string' || !entityRef) return undefined;
    return loadStackTemplateOfEntity({ catalogApi, workspacesApi }, entityRef);
  }, [catalogApi, workspacesApi, entityRef]);

  const inputs = template.value?.inputs;
  useEffect(() => {
    if (!inputs) return;
    rememberTemplateInputs(field, inputs);
    const values = valuesForTemplate(inputs, formData);
    if (!sameValues(values, formData)) onChange(values);
    // Only a newly loaded template resets the values; typing must not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [inputs, field]);

  const errors = useMemo(() => {
    if (!inputs) return {};
    return Object.fromEntries(
      Object.entries(validateTemplateInputs(inputs, formData ?? {})).filter(
        ([name]) => touched.has(name),
      ),
    );
  }, [inputs, formData, touched]);

  let body;
  if (typeof entityRef !== 'string' || !entityRef) {
    body = (
      <Typography variant="body2" color="textSecondary">
        Choose a stack template first; its inputs appear here.
      </Typography>
    );
  } else if (template.loading) {
    body = <Progress />;
  } else if (template.error) {
    body = (
      <Typography variant="body2" color="error" role="alert">
        The inputs of {entityRef} could not be loaded:{' '}
        {errorMessage(template.error)}
      </Typography>
    );
  } else if (template.value) {
    body = (
      <TemplateInputsFields
        key={template.value.name}
        inputs={template.value.inputs}
        value={formData ?? {}}
        onChange={onChange}
        errors={errors}
        onBlur={name => setTouched(current => new Set(current).add(name))}
      />
    );
  }

  return (
    <ReadableErrorColour>
      <FormControl
        component="fieldset"
        fullWidth
        margin="normal"
        error={!!rawErrors?.length}
      >
        {schema.title && (
          <Typography component="legend" variant="subtitle1">
            {template.value
              ? `${schema.title}: ${template.value.title}`
              : schema.title}
          </Typography>
        )}
        {schema.description && (
          <Typography variant="body2" color="textSecondary">
            {schema.description}
          </Typography>
        )}
        {body}
        {rawErrors?.map(message => (
          <FormHelperText key={message}>{message}</FormHelperText>
        ))}
      </FormControl>
    </ReadableErrorColour>
  );
}
