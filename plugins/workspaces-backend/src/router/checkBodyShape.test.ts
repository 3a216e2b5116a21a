import { InputError } from '@backstage/errors';
import { checkBodyShape } from './checkBodyShape';

describe('checkBodyShape', () => {
  it('measures a body far deeper than the stack could recurse without overflowing', () => {
    let body: unknown = 'bottom';
    for (let level = 0; level < 200_000; level++) body = { next: body };

    expect(() => checkBodyShape(body)).toThrow(
      new InputError(
        'The request body is nested 200000 levels deep; at most 32 are allowed; send a flatter body',
      ),
    );
  });

  it('accepts a body exactly 32 levels deep', () => {
    let body: unknown = [];
    for (let level = 1; level < 32; level++) body = [body];

    expect(() => checkBodyShape(body)).not.toThrow();
  });

  it('finds __proto__ kept by JSON.parse as an own key', () => {
    expect(() =>
      checkBodyShape(JSON.parse('{"parameters":{"__proto__":{"admin":true}}}')),
    ).toThrow('The request body has a key "__proto__" at parameters.__proto__');
  });
});
