import { approvalDecisionSchema } from './approvalDecision';
import { formatZodIssues } from './formatZodIssues';
import {
  addMemberRequestSchema,
  changeMemberRoleRequestSchema,
  memberRoleSchema,
} from './memberRequests';
import { operationRequestSchema } from './operationRequest';

function errorOf(schema: { safeParse(input: unknown): any }, input: unknown) {
  const result = schema.safeParse(input);
  if (result.success) {
    throw new Error('expected the request to be refused');
  }
  return formatZodIssues(result.error);
}

describe('approvalDecisionSchema', () => {
  it('accepts an approval with or without a comment', () => {
    expect(approvalDecisionSchema.parse({ decision: 'approve' })).toEqual({
      decision: 'approve',
    });
    expect(
      approvalDecisionSchema.parse({ decision: 'approve', comment: 'ok' }),
    ).toEqual({ decision: 'approve', comment: 'ok' });
  });

  it('accepts a rejection that says why', () => {
    expect(
      approvalDecisionSchema.parse({
        decision: 'reject',
        comment: 'Use eu-west-1',
      }),
    ).toEqual({ decision: 'reject', comment: 'Use eu-west-1' });
  });

  it.each([undefined, '', '   '])(
    'refuses a rejection with comment %j',
    comment => {
      expect(
        errorOf(approvalDecisionSchema, { decision: 'reject', comment }),
      ).toBe(
        'comment: A rejection needs a comment that tells the requester why',
      );
    },
  );

  it('refuses an unknown decision', () => {
    expect(errorOf(approvalDecisionSchema, { decision: 'maybe' })).toBe(
      'decision: Decision must be approve or reject',
    );
  });
});

describe('operationRequestSchema', () => {
  it.each(['provision', 'sync-infrastructure', 'sync-apps'])(
    'accepts %s',
    operation => {
      expect(operationRequestSchema.parse({ operation })).toEqual({
        operation,
      });
    },
  );

  it.each(['delete', 'approve', 'cancel', 'destroy'])(
    'refuses %s',
    operation => {
      expect(errorOf(operationRequestSchema, { operation })).toBe(
        'operation: Operation must be one of provision, sync-infrastructure, sync-apps',
      );
    },
  );
});

describe('member requests', () => {
  it('accepts the three roles only', () => {
    expect(memberRoleSchema.parse('operator')).toBe('operator');
    expect(errorOf(memberRoleSchema, 'owner')).toBe(
      'Role must be one of admin, operator, viewer',
    );
  });

  it('adds users and groups, canonicalized', () => {
    expect(
      addMemberRequestSchema.parse({ ref: 'user:jane', role: 'viewer' }),
    ).toEqual({
      ref: 'user:default/jane',
      role: 'viewer',
    });
    expect(
      errorOf(addMemberRequestSchema, { ref: 'component:x', role: 'viewer' }),
    ).toMatch(/^ref: "component:x" refers to a component/);
  });

  it('changes a role and nothing else', () => {
    expect(changeMemberRoleRequestSchema.parse({ role: 'admin' })).toEqual({
      role: 'admin',
    });
    expect(
      errorOf(changeMemberRoleRequestSchema, {
        role: 'admin',
        ref: 'user:jane',
      }),
    ).toMatch(/^Unknown field "ref"/);
  });
});
