import { TextField } from '@material-ui/core';
import {
  ACCOUNT_RESOURCE_NAME_RULES,
  DESCRIPTION_RULES,
} from '@oqullus/plugin-workspaces-common';
import type { CommonDraft } from './commonDraft';
import { helperText, messagesAt, type FormIssue } from './formIssues';

/** Name, title, description and owner, which every kind has. */
export function CommonFields<TDraft extends CommonDraft>(props: {
  draft: TDraft;
  onChange: (draft: TDraft) => void;
  issues: readonly FormIssue[];
  editing: boolean;
}) {
  const { draft, onChange, issues, editing } = props;
  const field = (key: keyof CommonDraft) => {
    const messages = messagesAt(issues, [key]);
    return {
      id: `account-resource-${key}`,
      value: draft[key],
      onChange: (event: { target: { value: string } }) =>
        onChange({ ...draft, [key]: event.target.value }),
      error: messages.length > 0,
      messages,
      fullWidth: true,
      margin: 'dense' as const,
    };
  };
  const { messages: nameMessages, ...name } = field('name');
  const { messages: titleMessages, ...title } = field('title');
  const { messages: descriptionMessages, ...description } =
    field('description');
  const { messages: ownerMessages, ...owner } = field('owner');
  return (
    <>
      <TextField
        {...name}
        label="Name"
        required
        disabled={editing}
        helperText={helperText(
          nameMessages,
          editing
            ? 'The name cannot change: workspaces refer to it'
            : ACCOUNT_RESOURCE_NAME_RULES,
        )}
      />
      <TextField
        {...title}
        label="Title"
        required
        helperText={helperText(titleMessages)}
      />
      <TextField
        {...description}
        label="Description"
        multiline
        minRows={2}
        helperText={helperText(descriptionMessages, DESCRIPTION_RULES)}
      />
      <TextField
        {...owner}
        label="Owner"
        placeholder="group:default/platform"
        helperText={helperText(
          ownerMessages,
          'Optional entity ref of the owning user or group',
        )}
      />
    </>
  );
}
