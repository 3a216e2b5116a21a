import type { FormIssue } from './formIssues';

/** One row of a non-secret text map such as identity or settings. */
export type KeyValueRow = { key: string; value: string };

export const keyValueRowsOf = (record: Record<string, string> = {}) =>
  Object.entries(record).map(([key, value]) => ({ key, value }));

/**
 * The rows as a record. A key given twice would silently lose a row, so it
 * is reported at that key, where both rows show it.
 */
export function recordOf(
  field: string,
  rows: KeyValueRow[],
): { record: Record<string, string>; issues: FormIssue[] } {
  const record: Record<string, string> = {};
  const issues: FormIssue[] = [];
  for (const row of rows) {
    const key = row.key.trim();
    if (key in record) {
      issues.push({
        path: [field, key],
        message: `"${key}" is given twice; each key must be unique`,
      });
    }
    record[key] = row.value;
  }
  return { record, issues };
}
