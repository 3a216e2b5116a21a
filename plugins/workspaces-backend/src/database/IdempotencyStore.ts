/** A create request already seen under the same Idempotency-Key by the same caller. */
export type IdempotentReplay = { workspaceId: string; requestHash: string };

/** Remembers which workspace each Idempotency-Key created, per caller. */
export interface IdempotencyStore {
  /**
   * Records the key within the create's transaction. Returns false when the caller
   * already used the key (the caller then rolls back and replays the first result).
   */
  record(entry: {
    principal: string;
    key: string;
    requestHash: string;
    workspaceId: string;
    createdAt: string;
  }): Promise<boolean>;
  find(principal: string, key: string): Promise<IdempotentReplay | undefined>;
}
