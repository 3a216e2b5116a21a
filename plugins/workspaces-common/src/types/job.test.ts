import { isActiveJobStatus } from './job';

describe('isActiveJobStatus', () => {
  it.each([
    ['queued', true],
    ['running', true],
    ['succeeded', false],
    ['failed', false],
    ['cancelled', false],
  ] as const)('%s is active: %s', (status, active) => {
    expect(isActiveJobStatus(status)).toBe(active);
  });
});
