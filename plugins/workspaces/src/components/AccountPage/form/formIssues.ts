import { formatZodIssues } from '@oqullus/plugin-workspaces-common';

/** One problem with the form, at the request-body path it concerns. */
export type FormIssue = { path: readonly PropertyKey[]; message: string };

function startsWith(path: readonly PropertyKey[], prefix: PropertyKey[]) {
  return prefix.every((segment, index) => path[index] === segment);
}

/**
 * The messages of every issue at or below `prefix`, the deeper ones led by
 * their remaining path ("[1].path: ...") so JSON and list fields say where.
 */
export function messagesAt(
  issues: readonly FormIssue[],
  prefix: PropertyKey[],
): string[] {
  return issues
    .filter(issue => startsWith(issue.path, prefix))
    .map(issue => {
      const rest = issue.path.slice(prefix.length);
      if (rest.length === 0) {
        return issue.message;
      }
      const where = formatZodIssues({ issues: [{ path: rest, message: '' }] });
      return `${where.replace(/: $/, '')}: ${issue.message}`;
    });
}

/** Only the issues exactly at `path`, for a list whose rows show their own. */
export function messagesExactlyAt(
  issues: readonly FormIssue[],
  path: PropertyKey[],
): string[] {
  return issues
    .filter(
      issue =>
        issue.path.length === path.length && startsWith(issue.path, path),
    )
    .map(issue => issue.message);
}

/** A helper text for a field: its problems, or its hint when it has none. */
export function helperText(messages: string[], hint?: string) {
  return messages.length > 0 ? messages.join('; ') : hint;
}
