import { WORKSPACES_SIGNAL_CHANNEL, workspaceSignalChannel } from './signals';

describe('signal channels', () => {
  it('names the all-workspaces channel and one channel per workspace', () => {
    expect(WORKSPACES_SIGNAL_CHANNEL).toBe('workspaces');
    expect(workspaceSignalChannel('b9f7c1de')).toBe(
      'workspaces:workspace:b9f7c1de',
    );
  });
});
