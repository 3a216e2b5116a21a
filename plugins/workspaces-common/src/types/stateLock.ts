import type { components } from '../generated/openapi';

/**
 * Why a state lock no longer protects anything: the job that took it cannot be
 * writing any more (it ended, lost its runner's lease, or was deleted).
 *
 * @public
 */
export type StaleStateLockReason = NonNullable<StateLockView['staleReason']>;

/**
 * A lock on one of a workspace's Terraform states in the built-in storage, as people
 * see it: who holds it and since when. Terraform's lock ID and LockInfo are not shown.
 *
 * @public
 */
export type StateLockView = components['schemas']['StateLock'];
