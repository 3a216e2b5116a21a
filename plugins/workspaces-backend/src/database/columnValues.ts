/**
 * How domain values are written to and read from columns, the same on both engines.
 *
 * Times: PostgreSQL keeps them as timestamptz and returns Date objects; SQLite keeps the
 * canonical ISO string written here, which sorts and compares correctly as text.
 */
export type TimeColumn = Date | string | number;

/** A caller's ISO time in the one canonical form every row and cursor uses. */
export function timeToColumn(time: string): string {
  const date = new Date(time);
  if (Number.isNaN(date.getTime())) {
    throw new TypeError(`'${time}' is not an ISO 8601 time`);
  }
  return date.toISOString();
}

export function optionalTimeToColumn(time: string | undefined): string | null {
  return time === undefined ? null : timeToColumn(time);
}

export function timeFromColumn(value: TimeColumn): string {
  return new Date(value).toISOString();
}

export function optionalTimeFromColumn(
  value: TimeColumn | null | undefined,
): string | undefined {
  return value === null || value === undefined
    ? undefined
    : timeFromColumn(value);
}

export function jsonToColumn(value: unknown): string {
  return JSON.stringify(value);
}

export function jsonFromColumn<T>(value: string): T {
  return JSON.parse(value) as T;
}

/** Absent optional fields are undefined in the domain types, never null. */
export function optionalFromColumn<T>(
  value: T | null | undefined,
): T | undefined {
  return value ?? undefined;
}

/** Leaves absent optional fields out, so a record read back equals the one written. */
export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== undefined),
  ) as T;
}
