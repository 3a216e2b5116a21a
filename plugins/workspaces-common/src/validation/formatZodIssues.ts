/**
 * The parts of a validation error that formatZodIssues reads. Structural, so
 * a ZodError from any copy of zod in an installation fits.
 *
 * @public
 */
export type ValidationIssues = {
  issues: ReadonlyArray<{ path: readonly PropertyKey[]; message: string }>;
};

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((formatted, segment) => {
    if (typeof segment === 'number') {
      return `${formatted}[${segment}]`;
    }
    const key = String(segment);
    return formatted ? `${formatted}.${key}` : key;
  }, '');
}

/**
 * One readable line for all issues of a failed validation, such as
 * `name: Workspace name must be at most 63 characters (got 70); provisioning.stackTemplate: Required`.
 *
 * @public
 */
export function formatZodIssues(error: ValidationIssues): string {
  return error.issues
    .map(issue => {
      const path = formatPath(issue.path);
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
}
