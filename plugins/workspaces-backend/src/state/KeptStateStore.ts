import type { KeptState } from '@oqullus/plugin-workspaces-common';

/** A kept state with its document, for pushing it; never leaves the backend. */
export type KeptStateDocument = KeptState & {
  workspaceId: string;
  lineage: string;
  checksum: string;
  state: string;
};

/**
 * States Terraform could not save (its `errored.tfstate`), kept with their job in the
 * database instead of on one runner's disk, until they are pushed into the storage.
 */
export interface KeptStateStore {
  /** Keeps the state; a newer one of the same job and component replaces it. */
  keep(state: KeptStateDocument): Promise<void>;
  /** The workspace's states not pushed yet, oldest first, without their documents. */
  listPending(workspaceId: string): Promise<KeptState[]>;
  get(jobId: string, component: string): Promise<KeptStateDocument | undefined>;
  /** Marks it pushed; false when it already was (another push won). */
  markPushed(
    jobId: string,
    component: string,
    by: string,
    at: string,
  ): Promise<boolean>;
}
