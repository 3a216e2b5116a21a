/**
 * One chunk of a job's raw log; `seq` counts from 1 and is the read cursor. `step`
 * names the job step that wrote it (absent on chunks stored before steps were kept).
 */
export type JobLogChunk = {
  seq: number;
  text: string;
  createdAt: string;
  step?: string;
};

export type JobLogPage = {
  items: JobLogChunk[];
  /**
   * The seq of the last chunk, on every page that has one; on an empty page the
   * `after` it was asked with, so a tail keeps polling from there. A page shorter
   * than its limit is the end for now, not this field's absence.
   */
  nextCursor?: string;
};

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
