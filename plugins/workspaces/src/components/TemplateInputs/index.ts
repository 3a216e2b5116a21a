export { TemplateInputsFields } from './TemplateInputsFields';
export type { TemplateInputsFieldsProps } from './TemplateInputsFields';
export { validateTemplateInputs } from './validateTemplateInputs';
export type {
  TemplateInputErrors,
  TemplateInputValues,
} from './validateTemplateInputs';
export {
  templateInputDefaults,
  templateInputsToSend,
} from './templateInputDefaults';
