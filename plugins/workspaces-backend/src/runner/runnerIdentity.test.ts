import { spawnSync } from 'node:child_process';
import { parseRunnerId, runnerOnThisHostIsGone } from './runnerIdentity';

describe('runner identity', () => {
  it('reads the host and pid out of a runner id, hosts with dots and dashes included', () => {
    expect(parseRunnerId('backstage-7d9f.internal:4121:1a2b3c4d')).toEqual({
      host: 'backstage-7d9f.internal',
      pid: 4121,
    });
    expect(parseRunnerId('no pid here')).toBeUndefined();
  });

  it('finds a runner of this host gone when its process is, and never its own or another host’s', () => {
    // A process that has just exited: its pid is free now.
    const exited = spawnSync('true').pid!;
    const me = `host-a:${process.pid}:me000000`;
    expect(
      runnerOnThisHostIsGone(`host-a:${exited}:dead0000`, me, 'host-a'),
    ).toBe(true);
    // Still running (this test's own parent, say): not gone.
    expect(
      runnerOnThisHostIsGone(`host-a:${process.ppid}:live0000`, me, 'host-a'),
    ).toBe(false);
    // Another host's runner may be alive for all this host can tell.
    expect(
      runnerOnThisHostIsGone(`host-b:${exited}:dead0000`, me, 'host-a'),
    ).toBe(false);
    expect(runnerOnThisHostIsGone(me, me, 'host-a')).toBe(false);
    // A restarted container gets its old pid again: that run is dead too.
    expect(
      runnerOnThisHostIsGone(`host-a:${process.pid}:old00000`, me, 'host-a'),
    ).toBe(true);
  });
});
