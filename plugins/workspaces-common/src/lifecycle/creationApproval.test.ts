import { creationNeedsApproval } from './creationApproval';

describe('creationNeedsApproval', () => {
  it.each([
    [false, true, false],
    [true, true, true],
    [false, false, true],
    [true, false, true],
  ])(
    'template requires approval %p, requester holds an account role %p: waits %p',
    (templateRequiresApproval, requesterHasAccountRole, waits) => {
      expect(
        creationNeedsApproval({
          templateRequiresApproval,
          requesterHasAccountRole,
        }),
      ).toBe(waits);
    },
  );
});
