import { CLAIM_RETRY, claimRetryDelay } from './claimRetryDelay';

const middle = () => 0.5;
const lowest = () => 0;
const highest = () => 0.999999;

describe('claimRetryDelay', () => {
  it('doubles from one second with each failure in a row, up to a minute', () => {
    expect(
      [1, 2, 3, 4, 5, 6, 7, 8, 20].map(failures =>
        claimRetryDelay(failures, middle),
      ),
    ).toEqual([
      1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000, 60_000,
    ]);
  });

  it('varies each delay by a fifth either way, so replicas do not retry in step', () => {
    expect(claimRetryDelay(1, lowest)).toBe(800);
    expect(claimRetryDelay(1, highest)).toBe(1_200);
    expect(claimRetryDelay(3, lowest)).toBe(3_200);
    expect(claimRetryDelay(3, highest)).toBe(4_800);
  });

  it('never waits longer than the cap, jitter included', () => {
    expect(claimRetryDelay(7, highest)).toBe(CLAIM_RETRY.maxMs);
    expect(claimRetryDelay(7, lowest)).toBe(48_000);
  });
});
