/** "42 s", "3 min 5 s", "1 h 2 min": short enough for a job header. */
export function formatDuration(milliseconds: number): string {
  const total = Math.max(0, Math.round(milliseconds / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  if (hours > 0) {
    return `${hours} h ${minutes} min`;
  }
  if (minutes > 0) {
    return `${minutes} min ${seconds} s`;
  }
  return `${seconds} s`;
}

/** From start to finish, or to now while it runs; undefined before it starts. */
export function jobDuration(
  startedAt?: string,
  finishedAt?: string,
  now: number = Date.now(),
): string | undefined {
  if (!startedAt) {
    return undefined;
  }
  const end = finishedAt ? new Date(finishedAt).getTime() : now;
  return formatDuration(end - new Date(startedAt).getTime());
}
