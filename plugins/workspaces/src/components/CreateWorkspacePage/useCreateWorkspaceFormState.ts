import { useCallback, useMemo, useState } from 'react';
import type { StackTemplate } from '@oqullus/plugin-workspaces-common';
import {
  emptyCreateWorkspaceForm,
  type CreateWorkspaceForm,
  type FormErrors,
} from './createWorkspaceForm';
import { validateCreateWorkspaceForm } from './validateCreateWorkspaceForm';

// The field path whose message a change of each form key makes stale.
const fieldOfKey: Record<keyof CreateWorkspaceForm, string> = {
  name: 'name',
  description: 'description',
  generateExternalId: 'externalId',
  externalId: 'externalId',
  stackTemplate: 'provisioning.stackTemplate',
  cloudCredential: 'provisioning.cloudCredential',
  stateStorage: 'provisioning.stateStorage',
  network: 'provisioning.network',
  owner: 'owner',
  parameters: 'parameters',
};

function withoutStale(errors: FormErrors, changed: string[]): FormErrors {
  return Object.fromEntries(
    Object.entries(errors).filter(
      ([field]) =>
        !changed.some(path => field === path || field.startsWith(`${path}.`)),
    ),
  );
}

/**
 * The form's values and which messages to show: a field's own message once
 * it was left (blur) or the form was submitted, and the server's message for
 * a field until that field is changed.
 */
export function useCreateWorkspaceFormState(
  template: (form: CreateWorkspaceForm) => StackTemplate | undefined,
) {
  const [form, setForm] = useState(emptyCreateWorkspaceForm);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<FormErrors>({});

  const clientErrors = useMemo(
    () => validateCreateWorkspaceForm(form, template(form)),
    [form, template],
  );
  const shownErrors = useMemo(() => {
    const shown: FormErrors = {};
    for (const [field, message] of Object.entries(clientErrors)) {
      if (submitted || touched.has(field)) shown[field] = message;
    }
    return { ...shown, ...serverErrors };
  }, [clientErrors, serverErrors, submitted, touched]);

  const change = useCallback((update: Partial<CreateWorkspaceForm>) => {
    setForm(current => ({ ...current, ...update }));
    const keys = Object.keys(update) as Array<keyof CreateWorkspaceForm>;
    setServerErrors(current =>
      withoutStale(
        current,
        keys.map(key => fieldOfKey[key]),
      ),
    );
  }, []);
  const blur = useCallback(
    (field: string) => setTouched(current => new Set(current).add(field)),
    [],
  );

  return {
    form,
    change,
    blur,
    clientErrors,
    shownErrors,
    markSubmitted: () => setSubmitted(true),
    setServerErrors,
  };
}
