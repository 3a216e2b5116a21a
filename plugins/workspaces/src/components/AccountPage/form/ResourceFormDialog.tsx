import { useState } from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Typography,
} from '@material-ui/core';
import { useApi } from '@backstage/core-plugin-api';
import {
  accountResourceRequestSchemas,
  type AccountResourceByKind,
  type AccountResourceKind,
  type AccountResourceRequest,
} from '@oqullus/plugin-workspaces-common';
import { workspacesApiRef } from '../../../api';
import { errorMessage } from '../../shared';
import { accountKindLabels } from '../accountKinds';
import type { FormIssue } from './formIssues';
import type { KindForm } from './KindForm';

/** The form's own problems plus the backend schema's, checked the same way. */
function validate<TKind extends AccountResourceKind, TDraft>(
  form: KindForm<TKind, TDraft>,
  draft: TDraft,
): { body: unknown; issues: FormIssue[] } {
  const { body, issues } = form.toBody(draft);
  const parsed = accountResourceRequestSchemas[form.kind].safeParse(body);
  return {
    body,
    issues: parsed.success ? issues : [...issues, ...parsed.error.issues],
  };
}

/**
 * Registers a resource, or replaces one when `resource` is given. Inputs are
 * checked with the backend's schema as the user types (after a first save
 * attempt); what the server still refuses is shown in its own words.
 */
export function ResourceFormDialog<
  TKind extends AccountResourceKind,
  TDraft,
>(props: {
  form: KindForm<TKind, TDraft>;
  resource?: AccountResourceByKind[TKind];
  onClose: () => void;
  onSaved: () => void;
}) {
  const { form, resource, onClose, onSaved } = props;
  const api = useApi(workspacesApiRef);
  const [draft, setDraft] = useState<TDraft>(() =>
    resource ? form.fromResource(resource) : form.empty(),
  );
  const [issues, setIssues] = useState<FormIssue[]>([]);
  const [attempted, setAttempted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [serverError, setServerError] = useState<string>();
  const noun = accountKindLabels[form.kind].singular;
  const titleId = `account-resource-dialog-${form.kind}`;

  const change = (next: TDraft) => {
    setDraft(next);
    if (attempted) {
      setIssues(validate(form, next).issues);
    }
  };

  const save = async () => {
    setAttempted(true);
    const checked = validate(form, draft);
    setIssues(checked.issues);
    if (checked.issues.length > 0) {
      return;
    }
    const body = checked.body as AccountResourceRequest<TKind>;
    setSaving(true);
    setServerError(undefined);
    try {
      if (resource) {
        await api.replaceAccountResource(form.kind, resource.name, body);
      } else {
        await api.createAccountResource(form.kind, body);
      }
      onSaved();
    } catch (error) {
      setServerError(errorMessage(error));
      setSaving(false);
    }
  };

  const Fields = form.Fields;
  return (
    <Dialog
      open
      onClose={onClose}
      maxWidth="md"
      fullWidth
      aria-labelledby={titleId}
    >
      <DialogTitle id={titleId}>
        {resource ? `Edit ${noun} ${resource.name}` : `Register ${noun}`}
      </DialogTitle>
      <DialogContent dividers>
        <Fields
          draft={draft}
          onChange={change}
          issues={issues}
          editing={!!resource}
        />
        {issues.length > 0 && (
          <Typography color="error" variant="body2" role="alert">
            Fix the{' '}
            {issues.length === 1 ? 'problem' : `${issues.length} problems`}{' '}
            marked above, then save again.
          </Typography>
        )}
        {serverError && (
          <Typography color="error" variant="body2" role="alert">
            {serverError}
          </Typography>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button
          color="primary"
          variant="contained"
          onClick={save}
          disabled={saving}
        >
          {resource ? 'Save' : 'Register'}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
