import type { JobLogChunk } from '@oqullus/plugin-workspaces-common';

/** A `terraform -json` record as the runner stores it, one line. */
export function tfLine(
  message: string,
  more: Record<string, unknown> = {},
): string {
  return JSON.stringify({
    '@level': 'info',
    '@message': message,
    '@module': 'terraform.ui',
    '@timestamp': '2026-11-28T12:14:13.928966Z',
    ...more,
  });
}

/** What `terraform init -json` prints, coloured backend text included. */
export const initLines = [
  tfLine('Terraform 1.11.4', { type: 'version' }),
  tfLine('Initializing the backend...', {
    type: 'init_output',
    message_code: 'initializing_backend_message',
  }),
  '',
  '\u001b[0m\u001b[32mSuccessfully configured the backend "http"!\u001b[0m',
  tfLine('Terraform has been successfully initialized!', {
    type: 'init_output',
    message_code: 'output_init_success_message',
  }),
];

export const failedApplyLines = [
  tfLine('terraform_data.network: Plan to create', { type: 'planned_change' }),
  tfLine('terraform_data.network: Creation complete after 0s', {
    type: 'apply_complete',
  }),
  tfLine('Error: local-exec provisioner error', {
    '@level': 'error',
    type: 'diagnostic',
    diagnostic: {
      severity: 'error',
      summary: 'local-exec provisioner error',
      detail: 'compute node 0 could not start: fail_on_apply is set',
    },
  }),
];

/** Lines as chunks of one step, each chunk whole lines as the runner writes them. */
export function chunksOf(
  step: string | undefined,
  lines: string[],
  firstSeq = 1,
): JobLogChunk[] {
  return lines.map((line, index) => ({
    seq: firstSeq + index,
    text: `${line}\n`,
    createdAt: '2026-11-28T12:14:14.000Z',
    ...(step ? { step } : {}),
  }));
}
