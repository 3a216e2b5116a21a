/** What a failed insert or update collided with. */
export type UniqueViolation = {
  /** True for a duplicate primary key, false for any other unique index. */
  onPrimaryKey: boolean;
};

/**
 * Tells whether a database error is a unique violation, on SQLite (better-sqlite3) and
 * PostgreSQL alike, so stores can turn it into an error a user can act on.
 */
export function uniqueViolationOf(error: unknown): UniqueViolation | undefined {
  if (typeof error !== 'object' || error === null) {
    return undefined;
  }
  const { code, constraint } = error as {
    code?: unknown;
    constraint?: unknown;
  };
  switch (code) {
    case 'SQLITE_CONSTRAINT_PRIMARYKEY':
      return { onPrimaryKey: true };
    case 'SQLITE_CONSTRAINT_UNIQUE':
      return { onPrimaryKey: false };
    case '23505':
      // PostgreSQL names primary key constraints <table>_pkey.
      return {
        onPrimaryKey:
          typeof constraint === 'string' && constraint.endsWith('_pkey'),
      };
    default:
      return undefined;
  }
}
