/** Latency samples of one measured thing, in milliseconds. */
export type Samples = number[];

/** Nearest-rank percentile (p in 0..100) of unsorted samples. */
export function percentile(samples: Samples, p: number): number {
  if (samples.length === 0) {
    return Number.NaN;
  }
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export type Summary = {
  n: number;
  p50: number;
  p95: number;
  min: number;
  max: number;
};

export function summarize(samples: Samples): Summary {
  return {
    n: samples.length,
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    min: Math.min(...samples),
    max: Math.max(...samples),
  };
}

/** Milliseconds since a process.hrtime.bigint() reading. */
export function msSince(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Runs fn and returns how long it took, in milliseconds. */
export async function timed<T>(
  fn: () => Promise<T>,
): Promise<{ ms: number; value: T }> {
  const start = process.hrtime.bigint();
  const value = await fn();
  return { ms: msSince(start), value };
}

export function ms(value: number): string {
  return Number.isFinite(value) ? value.toFixed(2) : '-';
}

export function ratio(numerator: number, denominator: number): string {
  return denominator > 0 ? `${(numerator / denominator).toFixed(1)}x` : '-';
}

/** A plain-text table: the first row is the header; columns after the first align right. */
export function formatTable(rows: string[][]): string {
  const widths = rows[0].map((_, column) =>
    Math.max(...rows.map(row => (row[column] ?? '').length)),
  );
  const line = (row: string[]) =>
    row
      .map((cell, column) =>
        column === 0
          ? cell.padEnd(widths[column])
          : cell.padStart(widths[column]),
      )
      .join(' | ');
  const rule = widths.map(width => '-'.repeat(width)).join('-+-');
  return [line(rows[0]), rule, ...rows.slice(1).map(line)].join('\n');
}
