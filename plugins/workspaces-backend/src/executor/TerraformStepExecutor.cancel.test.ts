import { eventually } from '@oqullus/plugin-workspaces-common/testUtils';
import { livingProcessesInGroup } from './__testUtils__/processGroup';
import {
  provisionerOutput,
  recordingHooks,
  TerraformTestBed,
} from './__testUtils__/terraformTestBed';

jest.setTimeout(60_000);

// The slow resource prints its process group (terraform's, since terraform leads it),
// then sleeps in a grandchild of terraform, which terraform itself does not stop.
const slowModule = `
resource "terraform_data" "before" {
  input = "x"
}

resource "terraform_data" "slow" {
  depends_on = [terraform_data.before]
  provisioner "local-exec" {
    command = "echo \\"pgid $(cut -d' ' -f5 /proc/$$/stat)\\"; sleep 30; echo finished"
  }
}

resource "terraform_data" "after" {
  depends_on = [terraform_data.slow]
}
`;

/** Starts the slow apply and waits until the sleep runs in terraform's group. */
async function startSlowApply(
  bed: TerraformTestBed,
  options: { timeoutMs: number; signal: AbortSignal },
) {
  const recording = recordingHooks();
  const startedAt = Date.now();
  const result = bed.executor.runStep(
    bed.request(slowModule, {
      timeoutMs: options.timeoutMs,
      cancelGraceMs: 5_000,
    }),
    recording.hooks,
    options.signal,
  );
  // Log lines are batched; a second is the longest a line waits.
  let pgid = 0;
  await eventually(
    'the slow provisioner to print its group',
    () => {
      const line = provisionerOutput(recording.logs).find(l =>
        l.startsWith('pgid '),
      );
      pgid = line ? Number(line.split(' ')[1]) : 0;
      return pgid > 0;
    },
    { timeoutMs: 10_000, intervalMs: 25 },
  );
  await eventually(
    'sleep to run in the group',
    () => livingProcessesInGroup(pgid).some(p => p.command === 'sleep'),
    { timeoutMs: 10_000, intervalMs: 25 },
  );
  return { ...recording, result, pgid, startedAt };
}

describe('TerraformStepExecutor stopping a step', () => {
  const bed = new TerraformTestBed();
  afterAll(() => bed.cleanUp());

  it('cancels mid-apply within seconds and leaves no process of the group behind', async () => {
    const controller = new AbortController();
    const apply = await startSlowApply(bed, {
      timeoutMs: 60_000,
      signal: controller.signal,
    });
    const commands = livingProcessesInGroup(apply.pgid).map(p => p.command);
    expect(commands).toEqual(
      expect.arrayContaining(['terraform', 'sh', 'sleep']),
    );

    const abortedAt = Date.now();
    controller.abort();
    const result = await apply.result;

    expect(Date.now() - abortedAt).toBeLessThan(3_000);
    expect(result).toEqual({
      outcome: 'cancelled',
      outputs: {},
      // Terraform stopped on the interrupt: no kill was needed.
      error: 'The step was cancelled while terraform apply was running.',
    });
    expect(livingProcessesInGroup(apply.pgid)).toEqual([]);
    expect(apply.events).toContainEqual(
      expect.objectContaining({
        address: 'terraform_data.slow',
        phase: 'errored',
      }),
    );
    expect(apply.events).not.toContainEqual(
      expect.objectContaining({ address: 'terraform_data.after' }),
    );
    expect(provisionerOutput(apply.logs)).not.toContain('finished');
  });

  it('stops a step that runs out of time the same way, as timed out', async () => {
    const apply = await startSlowApply(bed, {
      timeoutMs: 4_000,
      signal: new AbortController().signal,
    });

    const result = await apply.result;

    expect(Date.now() - apply.startedAt).toBeLessThan(4_000 + 3_000);
    expect(result).toEqual({
      outcome: 'timed-out',
      outputs: {},
      error:
        'The step ran out of its 4 s while terraform apply was running; raise the timeout or look in the job log for what was slow.',
    });
    expect(livingProcessesInGroup(apply.pgid)).toEqual([]);
  });

  it('starts nothing when cancelled before it begins', async () => {
    const controller = new AbortController();
    controller.abort();
    const { logs, result } = await bed.run(slowModule, {}, controller.signal);

    expect(result).toEqual({
      outcome: 'cancelled',
      outputs: {},
      error: 'The step was cancelled before terraform init started.',
    });
    expect(logs).toEqual([]);
  });
});
