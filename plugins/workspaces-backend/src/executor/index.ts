export {
  TerraformStepExecutor,
  type TerraformStepExecutorOptions,
} from './TerraformStepExecutor';
export { createRedactor, type Redactor } from './createRedactor';
