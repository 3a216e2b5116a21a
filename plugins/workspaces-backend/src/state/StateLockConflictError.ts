import { CustomErrorBase } from '@backstage/errors';

/**
 * The state is locked by someone else. Terraform expects 423 with the holder's LockInfo
 * as the body: it prints the holder's ID from it and retries until `-lock-timeout`.
 */
export class StateLockConflictError extends CustomErrorBase {
  name = 'StateLockConflictError' as const;
  readonly statusCode = 423;

  constructor(
    /** The holder's LockInfo JSON exactly as the holder sent it. */
    readonly holderLockInfo: string,
    holderLockId: string,
  ) {
    super(
      `The state is locked by lock ${holderLockId}; wait for that Terraform run to finish, or ask an Account Owner or Admin to force-unlock it if it died`,
    );
  }
}
