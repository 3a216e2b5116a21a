import type { StepAction } from '@oqullus/plugin-workspaces-node';
import type {
  TerraformCommand,
  TerraformCommandRun,
} from './runTerraformCommand';

// Terraform's details can run to pages (lock info, snippets); the log has all of it.
const MAX_DETAIL_LENGTH = 500;

function failedWhat(command: TerraformCommand, action: StepAction): string {
  switch (command) {
    case 'init':
      return 'Init failed';
    case 'plan':
      return action === 'destroy'
        ? 'Planning the destroy failed'
        : 'Plan failed';
    case 'apply':
      return action === 'destroy' ? 'Destroy failed' : 'Apply failed';
    default:
      return 'Reading the outputs failed';
  }
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_DETAIL_LENGTH
    ? `${flat.slice(0, MAX_DETAIL_LENGTH)}…`
    : flat;
}

export function formatDuration(ms: number): string {
  return ms < 120_000
    ? `${Math.round(ms / 1000)} s`
    : `${Math.round(ms / 60_000)} min`;
}

/**
 * Why a command failed, from Terraform's first error diagnostic, e.g. "Apply failed at
 * terraform_data.compute[0]: local-exec provisioner error: ...". Not redacted yet.
 */
export function describeFailedCommand(
  run: TerraformCommandRun,
  action: StepAction,
): string {
  const what = failedWhat(run.command, action);
  const [first, ...others] = run.errors;
  if (!first) {
    const lastLine = run.stderrTail.filter(line => line.trim()).pop();
    return (
      `${what}: terraform ${run.command} exited with code ${run.exitCode}` +
      `${
        lastLine ? ` (${oneLine(lastLine)})` : ''
      }. See the job log for details.`
    );
  }
  const at = first.address ? ` at ${first.address}` : '';
  const detail = first.detail ? `: ${oneLine(first.detail)}` : '';
  const more =
    others.length > 0
      ? ` (${others.length} more error${
          others.length > 1 ? 's' : ''
        } in the job log)`
      : '';
  return `${what}${at}: ${first.summary}${detail}${more}`;
}

/** Why a step that was cancelled or ran out of time ended where it did. */
export function describeStoppedStep(
  run: TerraformCommandRun,
  timing: { timeoutMs: number; cancelGraceMs: number },
): string {
  const where = run.started
    ? `while terraform ${run.command} was running`
    : `before terraform ${run.command} started`;
  const why =
    run.stop === 'timed-out'
      ? `The step ran out of its ${formatDuration(
          timing.timeoutMs,
        )} ${where}; raise the timeout or look in the job log for what was slow.`
      : `The step was cancelled ${where}.`;
  if (!run.killed) {
    return why;
  }
  return (
    `${why} Terraform did not stop within ${formatDuration(
      timing.cancelGraceMs,
    )} of the interrupt and was killed: ` +
    'the state lock may still be held and a resource it was changing may be ' +
    'missing from the state, so plan again before applying.'
  );
}
