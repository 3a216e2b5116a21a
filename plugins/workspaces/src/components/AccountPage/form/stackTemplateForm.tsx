import {
  Checkbox,
  FormControlLabel,
  MenuItem,
  TextField,
} from '@material-ui/core';
import {
  commonBody,
  commonDraftOf,
  emptyCommonDraft,
  optional,
  type CommonDraft,
} from './commonDraft';
import { CommonFields } from './CommonFields';
import { helperText, messagesAt, type FormIssue } from './formIssues';
import type { KindFieldsProps, KindForm } from './KindForm';

type StackTemplateDraft = CommonDraft & {
  sourceType: 'directory' | 'url';
  /** A directory path or a URL, as the source type says. */
  source: string;
  version: string;
  infrastructurePath: string;
  /** JSON text: the inputs are a JSON Schema, edited as such. */
  inputs: string;
  /** JSON text: a list of { name, title, path }. */
  apps: string;
  requiresApproval: boolean;
};

const json = (value: unknown) => JSON.stringify(value, null, 2);

/** The parsed JSON, or an issue at `field` saying why it does not parse. */
function parseJson(
  field: string,
  text: string,
): { value?: unknown; issue?: FormIssue } {
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    return {
      issue: {
        path: [field],
        message: `Not valid JSON: ${(error as Error).message}`,
      },
    };
  }
}

function StackTemplateFields(props: KindFieldsProps<StackTemplateDraft>) {
  const { draft, onChange, issues } = props;
  const text = (
    key: 'source' | 'version' | 'infrastructurePath' | 'inputs' | 'apps',
    path: PropertyKey[],
    label: string,
    hint: string,
    extra: { required?: boolean; code?: boolean } = {},
  ) => {
    const messages = messagesAt(issues, path);
    return (
      <TextField
        id={`account-resource-${key}`}
        label={label}
        fullWidth
        margin="dense"
        required={extra.required}
        multiline={extra.code}
        minRows={extra.code ? 6 : undefined}
        inputProps={
          extra.code
            ? { style: { fontFamily: 'monospace' }, spellCheck: false }
            : undefined
        }
        value={draft[key]}
        onChange={event => onChange({ ...draft, [key]: event.target.value })}
        error={messages.length > 0}
        helperText={helperText(messages, hint)}
      />
    );
  };
  return (
    <>
      <CommonFields {...props} />
      <TextField
        select
        id="account-resource-source-type"
        label="Source type"
        fullWidth
        margin="dense"
        value={draft.sourceType}
        onChange={event =>
          onChange({
            ...draft,
            sourceType: event.target.value as StackTemplateDraft['sourceType'],
          })
        }
      >
        <MenuItem value="directory">Directory on the portal host</MenuItem>
        <MenuItem value="url">URL</MenuItem>
      </TextField>
      {draft.sourceType === 'directory'
        ? text(
            'source',
            ['source'],
            'Source directory',
            'A directory under an allowed templates root',
            { required: true },
          )
        : text(
            'source',
            ['source'],
            'Source URL',
            'An http or https URL the portal can read as a tree',
            { required: true },
          )}
      {text('version', ['version'], 'Version', 'Optional, such as 1.2.0')}
      {text(
        'infrastructurePath',
        ['infrastructure'],
        'Infrastructure path',
        'The infrastructure module, relative to the source; "." by default',
      )}
      {text(
        'inputs',
        ['inputs'],
        'Inputs (JSON Schema)',
        'An object schema; each property becomes a form field and a Terraform variable',
        { code: true },
      )}
      {text(
        'apps',
        ['apps'],
        'Apps (JSON)',
        'A list of { "name", "title", "path" }, applied in order after the infrastructure',
        { code: true },
      )}
      <FormControlLabel
        control={
          <Checkbox
            checked={draft.requiresApproval}
            onChange={event =>
              onChange({ ...draft, requiresApproval: event.target.checked })
            }
          />
        }
        label="Workspaces from this template need an approval before they are built"
      />
    </>
  );
}

/** How a stack template is registered and edited. */
export const stackTemplateForm: KindForm<
  'stack-templates',
  StackTemplateDraft
> = {
  kind: 'stack-templates',
  empty: () => ({
    ...emptyCommonDraft(),
    sourceType: 'directory',
    source: '',
    version: '',
    infrastructurePath: '.',
    inputs: json({ type: 'object', properties: {} }),
    apps: '[]',
    requiresApproval: false,
  }),
  fromResource: template => ({
    ...commonDraftOf(template),
    sourceType: template.source.type,
    source:
      template.source.type === 'url'
        ? template.source.url
        : template.source.path,
    version: template.version ?? '',
    infrastructurePath: template.infrastructure.path,
    inputs: json(template.inputs),
    apps: json(template.apps),
    requiresApproval: template.requiresApproval,
  }),
  toBody: draft => {
    const inputs = parseJson('inputs', draft.inputs);
    const apps = parseJson('apps', draft.apps);
    const source = draft.source.trim();
    return {
      body: {
        ...commonBody(draft),
        source:
          draft.sourceType === 'url'
            ? { type: 'url', url: source }
            : { type: 'directory', path: source },
        ...optional('version', draft.version),
        infrastructure: { path: draft.infrastructurePath.trim() || '.' },
        ...(inputs.issue ? {} : { inputs: inputs.value }),
        ...(apps.issue ? {} : { apps: apps.value }),
        requiresApproval: draft.requiresApproval,
      },
      issues: [inputs.issue, apps.issue].filter(
        (issue): issue is FormIssue => issue !== undefined,
      ),
    };
  },
  Fields: StackTemplateFields,
};
