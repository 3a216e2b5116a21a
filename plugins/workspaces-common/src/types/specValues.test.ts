import { specValues } from './specValues';

type Colour = 'red' | 'green';

describe('specValues', () => {
  it('returns the list it checked, in its order', () => {
    expect(specValues<Colour>()(['green', 'red'])).toEqual(['green', 'red']);
  });

  it('does not compile when the list misses or adds a value', () => {
    // The yarn tsc run is this test: each line below must stay a type error.
    // @ts-expect-error 'green' is missing
    const missing = specValues<Colour>()(['red']);
    // @ts-expect-error 'blue' is not a value of the union
    const extra = specValues<Colour>()(['red', 'green', 'blue']);
    expect([missing, extra]).toEqual([['red'], ['red', 'green', 'blue']]);
  });
});
