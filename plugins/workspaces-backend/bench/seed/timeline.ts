/** When the seeded things happened: workspaces over a year from BASE_TIME, events after it. */
export const BASE_TIME = Date.UTC(2025, 0, 1);
/** Workspaces are created about 50 minutes apart (10,000 cover a year). */
export const WORKSPACE_SPACING_MS = 3_000_000;
export const EVENT_SPACING_SECONDS = 30;

export function isoTime(time: number): string {
  return new Date(time).toISOString();
}
