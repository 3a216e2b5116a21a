import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eventually } from '@oqullus/plugin-workspaces-common/testUtils';
import { livingProcessesInGroup } from './__testUtils__/processGroup';
import {
  runTerraformProcess,
  type TerraformProcessOptions,
} from './runTerraformProcess';

const outputDirectory = mkdtempSync(path.join(os.tmpdir(), 'oq-process-'));
let runs = 0;
afterAll(() => rmSync(outputDirectory, { recursive: true, force: true }));

// A shell script stands in for terraform: the process handling does not care which
// program runs, and a script can misbehave on purpose (ignore SIGINT, leave children).
function runScript(
  script: string,
  overrides: Partial<TerraformProcessOptions> = {},
) {
  const lines: Array<{ line: string; stream: string }> = [];
  const result = runTerraformProcess({
    binary: '/bin/sh',
    args: ['-c', script],
    cwd: '/',
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin' },
    signal: new AbortController().signal,
    timeoutMs: 20_000,
    cancelGraceMs: 5_000,
    outputFile: path.join(outputDirectory, `run-${(runs += 1)}`),
    onLine: (line, stream) => lines.push({ line, stream }),
    ...overrides,
  });
  return { lines, result };
}

/** The pid the script printed first (its own, which is also its process group id). */
async function groupOf(lines: Array<{ line: string }>): Promise<number> {
  await eventually('the script to start', () => lines.length > 0, {
    timeoutMs: 10_000,
    intervalMs: 25,
  });
  return Number(lines[0].line.split(' ')[1]);
}

describe('runTerraformProcess', () => {
  it('reads both streams line by line and reports the exit code', async () => {
    const { lines, result } = runScript(
      'echo one; echo two >&2; printf three; exit 3',
    );
    await expect(result).resolves.toEqual({
      started: true,
      exitCode: 3,
      exitSignal: null,
      killed: false,
    });
    expect(lines).toEqual(
      expect.arrayContaining([
        { line: 'one', stream: 'stdout' },
        { line: 'two', stream: 'stderr' },
        { line: 'three', stream: 'stdout' },
      ]),
    );
  });

  it('writes its output to files only its user can read, and follows them as they grow', async () => {
    const outputFile = path.join(outputDirectory, 'growing');
    const { lines, result } = runScript(
      'echo first; sleep 0.5; echo second; printf "no line break"',
      { outputFile },
    );
    await eventually('the first line', () => lines.length === 1, {
      timeoutMs: 2_000,
      intervalMs: 25,
    });
    expect(lines).toEqual([{ line: 'first', stream: 'stdout' }]);
    await result;
    expect(lines.map(l => l.line)).toEqual([
      'first',
      'second',
      'no line break',
    ]);
    for (const file of [`${outputFile}.stdout`, `${outputFile}.stderr`]) {
      expect(statSync(file).mode & 0o777).toBe(0o600);
    }
  });

  it('runs in its own process group with stdin closed and only the given environment', async () => {
    process.env.RUN_TERRAFORM_PROCESS_TEST = 'leaked';
    try {
      const { lines, result } = runScript(
        'echo "pgid $(cut -d" " -f5 /proc/$$/stat) pid $$"; read x; echo "read=$?"; env',
        { env: { ONLY: 'this', PATH: process.env.PATH ?? '/bin' } },
      );
      await result;
      const [, pgid, , pid] = lines[0].line.split(' ');
      expect(pgid).toBe(pid);
      const text = lines.map(l => l.line);
      expect(text).toContain('read=1'); // end of input at once: nothing can wait on a prompt
      expect(text).toContain('ONLY=this');
      expect(text.join('\n')).not.toContain('leaked');
    } finally {
      delete process.env.RUN_TERRAFORM_PROCESS_TEST;
    }
  });

  it('kills what the process left running in its group when it exits', async () => {
    const started = Date.now();
    const { lines, result } = runScript('echo "pid $$"; sleep 30 & exit 0');
    await expect(result).resolves.toMatchObject({ exitCode: 0 });
    // The orphaned sleep held the output pipe; it did not keep the run waiting.
    expect(Date.now() - started).toBeLessThan(3_000);
    const pgid = await groupOf(lines);
    await eventually(
      'the group to be empty',
      () => livingProcessesInGroup(pgid).length === 0,
      { timeoutMs: 2_000, intervalMs: 25 },
    );
  });

  it('interrupts with SIGINT on cancel and lets the process stop by itself', async () => {
    const controller = new AbortController();
    const { lines, result } = runScript(
      'trap "echo interrupted; exit 1" INT; echo "pid $$"; sleep 30 & wait',
      { signal: controller.signal },
    );
    const pgid = await groupOf(lines);
    controller.abort();
    await expect(result).resolves.toEqual({
      started: true,
      exitCode: 1,
      exitSignal: null,
      stop: 'cancelled',
      killed: false,
    });
    expect(lines.map(l => l.line)).toContain('interrupted');
    // The group kill on exit reaches the sleep at once, but the kernel may show it
    // running for a moment before the signal is delivered.
    await eventually(
      'the group to be empty',
      () => livingProcessesInGroup(pgid).length === 0,
      { timeoutMs: 2_000, intervalMs: 25 },
    );
  });

  it('kills the whole group when the process ignores SIGINT for the grace period', async () => {
    const controller = new AbortController();
    const { lines, result } = runScript(
      'trap "" INT; echo "pid $$"; sleep 30 & wait',
      { signal: controller.signal, cancelGraceMs: 300 },
    );
    const pgid = await groupOf(lines);
    const abortedAt = Date.now();
    controller.abort();
    await expect(result).resolves.toEqual({
      started: true,
      exitCode: null,
      exitSignal: 'SIGKILL',
      stop: 'cancelled',
      killed: true,
    });
    expect(Date.now() - abortedAt).toBeGreaterThanOrEqual(300);
    expect(Date.now() - abortedAt).toBeLessThan(2_000);
    expect(livingProcessesInGroup(pgid)).toEqual([]);
  });

  it('stops a process that runs out of time the same way, as a timeout', async () => {
    const { lines, result } = runScript(
      'trap "" INT; echo "pid $$"; sleep 30 & wait',
      { timeoutMs: 300, cancelGraceMs: 200 },
    );
    await expect(result).resolves.toMatchObject({
      stop: 'timed-out',
      killed: true,
    });
    expect(livingProcessesInGroup(await groupOf(lines))).toEqual([]);
  });

  it('runs nothing when the step is already cancelled or out of time', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      runScript('echo ran', { signal: controller.signal }).result,
    ).resolves.toEqual({
      started: false,
      exitCode: null,
      exitSignal: null,
      stop: 'cancelled',
      killed: false,
    });
    const { lines, result } = runScript('echo ran', { timeoutMs: 0 });
    await expect(result).resolves.toMatchObject({
      started: false,
      stop: 'timed-out',
    });
    expect(lines).toEqual([]);
  });

  it('says which binary could not be run', async () => {
    await expect(
      runScript('', { binary: '/nonexistent/terraform' }).result,
    ).rejects.toThrow(
      'Could not run /nonexistent/terraform: spawn /nonexistent/terraform ENOENT',
    );
  });
});
