/**
 * The distinct characters of `text` outside `allowed`, quoted and escaped so
 * invisible ones show, for messages like (found "'", ";").
 */
export function describeDisallowedCharacters(
  text: string,
  allowed: RegExp,
): string {
  const found = [...new Set(text)].filter(
    character => !allowed.test(character),
  );
  const shown = found.slice(0, 5).map(character => JSON.stringify(character));
  return found.length > shown.length
    ? `${shown.join(', ')}, ...`
    : shown.join(', ');
}
