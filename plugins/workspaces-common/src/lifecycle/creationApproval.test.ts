import { creationNeedsApproval } from './creationApproval';

describe('creationNeedsApproval', () => {
  it.each([
    [false, true, false],
    [true, true, true],
    [false, false, true],
    [true, false, true],
  ])(
    'template requires approval %p, requester may skip approval %p: waits %p',
    (templateRequiresApproval, requesterMaySkipApproval, waits) => {
      expect(
        creationNeedsApproval({
          templateRequiresApproval,
          requesterMaySkipApproval,
        }),
      ).toBe(waits);
    },
  );
});
