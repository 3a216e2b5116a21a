import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { eventually } from '@oqullus/plugin-workspaces-common/testUtils';
import { livingProcessesInGroup } from '../executor/__testUtils__/processGroup';
import { stopJobProcesses } from './stopJobProcesses';

/**
 * Stands in for the Terraform a dead runner left behind: in its own group, working in
 * the job directory, with a provisioner's child it would orphan.
 */
async function leftOver(jobDirectory: string, script: string) {
  const file = path.join(jobDirectory, 'stand-in.sh');
  await writeFile(file, `echo started > started; ${script}`);
  const child = spawn('/bin/sh', [file], {
    cwd: jobDirectory,
    detached: true,
    stdio: 'ignore',
  });
  await eventually(
    'the stand-in to start',
    () => existsSync(path.join(jobDirectory, 'started')),
    { timeoutMs: 5_000, intervalMs: 25 },
  );
  return child;
}

describe('stopJobProcesses', () => {
  let jobDirectory: string;
  beforeEach(async () => {
    jobDirectory = await mkdtemp(path.join(os.tmpdir(), 'oq-stop-'));
  });
  afterEach(() => rm(jobDirectory, { recursive: true, force: true }));

  it('interrupts the group leader, lets it stop by itself, then clears what it orphaned', async () => {
    const child = await leftOver(
      jobDirectory,
      'trap "echo interrupted > interrupted; exit 0" INT; sleep 31 & wait',
    );
    const exited = new Promise(resolve => child.once('exit', resolve));
    const started = Date.now();
    const stopped = await stopJobProcesses(jobDirectory, 10_000);
    expect(stopped).toEqual({ interrupted: [child.pid], killed: [] });
    expect(Date.now() - started).toBeLessThan(5_000);
    await exited;
    // Killed at once, though the kernel may show the orphan running for a moment.
    await eventually(
      'the orphaned sleep to be gone',
      () => livingProcessesInGroup(child.pid!).length === 0,
      { timeoutMs: 2_000, intervalMs: 25 },
    );
  });

  it('kills a leader that ignores the interrupt once the grace is over', async () => {
    const child = await leftOver(jobDirectory, 'trap "" INT; sleep 32 & wait');
    const started = Date.now();
    const stopped = await stopJobProcesses(jobDirectory, 500);
    expect(stopped).toEqual({ interrupted: [child.pid], killed: [child.pid] });
    expect(Date.now() - started).toBeGreaterThanOrEqual(500);
    await eventually(
      'the group to be gone',
      () => livingProcessesInGroup(child.pid!).length === 0,
      { timeoutMs: 2_000, intervalMs: 25 },
    );
  });

  it('finds nothing in a directory nobody works in', async () => {
    expect(await stopJobProcesses(jobDirectory, 10_000)).toEqual({
      interrupted: [],
      killed: [],
    });
  });
});
