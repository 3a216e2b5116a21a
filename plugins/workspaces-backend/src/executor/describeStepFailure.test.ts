import type { StepDiagnosticEvent } from '@oqullus/plugin-workspaces-node';
import {
  describeFailedCommand,
  describeStoppedStep,
} from './describeStepFailure';
import type { TerraformCommandRun } from './runTerraformCommand';

function aRun(overrides: Partial<TerraformCommandRun>): TerraformCommandRun {
  return {
    command: 'apply',
    started: true,
    exitCode: 1,
    killed: false,
    errors: [],
    stdout: [],
    stderrTail: [],
    ...overrides,
  };
}

const provisionerError: StepDiagnosticEvent = {
  type: 'diagnostic',
  severity: 'error',
  summary: 'local-exec provisioner error',
  detail:
    "Error running command 'exit 3': exit status 3. Output: about to fail\n",
  address: 'terraform_data.compute[0]',
};

describe('describeFailedCommand', () => {
  it('says where the apply failed and why, from the first error diagnostic', () => {
    expect(
      describeFailedCommand(aRun({ errors: [provisionerError] }), 'apply'),
    ).toBe(
      "Apply failed at terraform_data.compute[0]: local-exec provisioner error: Error running command 'exit 3': exit status 3. Output: about to fail",
    );
  });

  it('names the phase of a destroy and counts the other errors', () => {
    const halted: StepDiagnosticEvent = {
      type: 'diagnostic',
      severity: 'error',
      summary: 'execution halted',
    };
    expect(
      describeFailedCommand(
        aRun({ errors: [provisionerError, halted, halted] }),
        'destroy',
      ),
    ).toMatch(/^Destroy failed at .* \(2 more errors in the job log\)$/);
    expect(
      describeFailedCommand(
        aRun({ command: 'plan', errors: [halted] }),
        'destroy',
      ),
    ).toBe('Planning the destroy failed: execution halted');
  });

  it('flattens and shortens a long detail; the log keeps the whole of it', () => {
    const message = describeFailedCommand(
      aRun({
        command: 'plan',
        errors: [
          {
            ...provisionerError,
            summary: 'Error acquiring the state lock',
            address: undefined,
            detail: `Error message: locked\nLock Info:\n  ID: 45c6\n${'x'.repeat(
              900,
            )}`,
          },
        ],
      }),
      'apply',
    );
    expect(message).toMatch(
      /^Plan failed: Error acquiring the state lock: Error message: locked Lock Info: ID: 45c6 x+…$/,
    );
    expect(message.length).toBeLessThan(600);
  });

  it('falls back on the exit code and the last line on stderr', () => {
    expect(
      describeFailedCommand(
        aRun({
          command: 'init',
          exitCode: 1,
          stderrTail: [
            'Error: Failed to load plugin',
            'flag provided but not defined: -x',
            '',
          ],
        }),
        'apply',
      ),
    ).toBe(
      'Init failed: terraform init exited with code 1 (flag provided but not defined: -x). See the job log for details.',
    );
  });
});

describe('describeStoppedStep', () => {
  const timing = { timeoutMs: 600_000, cancelGraceMs: 30_000 };

  it('says a cancel stopped terraform cleanly', () => {
    expect(describeStoppedStep(aRun({ stop: 'cancelled' }), timing)).toBe(
      'The step was cancelled while terraform apply was running.',
    );
    expect(
      describeStoppedStep(
        aRun({ command: 'plan', started: false, stop: 'cancelled' }),
        timing,
      ),
    ).toBe('The step was cancelled before terraform plan started.');
  });

  it('says what to check after a timeout that ended in a kill', () => {
    expect(
      describeStoppedStep(aRun({ stop: 'timed-out', killed: true }), timing),
    ).toBe(
      'The step ran out of its 10 min while terraform apply was running; raise the timeout or look in the job log for what was slow. ' +
        'Terraform did not stop within 30 s of the interrupt and was killed: the state lock may still be held and a resource it was changing may be missing from the state, so plan again before applying.',
    );
  });
});
