import type {
  JobLogChunk,
  JobLogPage,
} from '@oqullus/plugin-workspaces-common';

/**
 * The raw log of each job, in chunks. One runner writes a job's log, so appending
 * needs no coordination beyond the primary key.
 */
export interface JobLogStore {
  /** Appends chunks written by `step` after the job's last one and returns them numbered. */
  append(
    jobId: string,
    texts: string[],
    createdAt: string,
    step?: string,
  ): Promise<JobLogChunk[]>;
  /** Chunks with a seq greater than `after`, oldest first. */
  list(
    jobId: string,
    options: { after?: number; limit: number },
  ): Promise<JobLogPage>;
}
