import type { CreateWorkspaceForm, FormErrors } from './createWorkspaceForm';

/** What each section of the Create workspace form gets from the page. */
export type FormSectionProps = {
  form: CreateWorkspaceForm;
  /** The messages to show now (fields touched, or after a submit). */
  errors: FormErrors;
  onChange: (change: Partial<CreateWorkspaceForm>) => void;
  /** A field lost focus: start showing its message. */
  onBlur: (field: string) => void;
};
