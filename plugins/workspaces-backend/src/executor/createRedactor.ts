/** What every masked secret becomes. */
export const REDACTED = '***';

/**
 * Values shorter than this are not masked: masking `on` or `123` in every line would
 * make logs unreadable, and a value that short is no real protection anyway.
 */
export const MIN_SECRET_LENGTH = 4;

// A short base64 fragment could match unrelated base64 text (ids, hashes) by chance.
const MIN_BASE64_CORE_LENGTH = 8;

/** Masks known secret values in text and in anything built from strings. */
export type Redactor = {
  redact(text: string): string;
  /** A copy of `value` with every string in it (object keys too) redacted. */
  redactDeep<T>(value: T): T;
  /** How many given values were too short to be masked. */
  skippedValues: number;
};

// Terraform is written in Go, whose encoding/json also escapes <, > and & (and
// U+2028/U+2029), so `a<b` appears as `a\u003cb` inside its -json lines.
function goJsonEscape(value: string): string {
  return JSON.stringify(value)
    .slice(1, -1)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * The parts of the base64 encoding of `value` that do not depend on the bytes around
 * it, for each of the three alignments it can have inside a longer encoded text.
 */
function base64Cores(value: string): string[] {
  const bytes = Buffer.from(value, 'utf8');
  return [0, 1, 2]
    .map(offset => {
      const encoded = Buffer.concat([Buffer.alloc(offset), bytes]).toString(
        'base64',
      );
      const start = Math.ceil((offset * 8) / 6);
      const end = Math.floor(((offset + bytes.length) * 8) / 6);
      return encoded.slice(start, end);
    })
    .filter(core => core.length >= MIN_BASE64_CORE_LENGTH);
}

/** Every form in which a secret may show up in Terraform's output. */
function variantsOf(secret: string): string[] {
  // A multi-line value (a PEM key) reaches plain-text logs one line at a time.
  const lines = secret.includes('\n') ? secret.split(/\r?\n/) : [];
  const escapedOnce = goJsonEscape(secret);
  const variants = [
    secret,
    ...lines,
    JSON.stringify(secret).slice(1, -1),
    escapedOnce,
    // A JSON document inside a JSON string, e.g. a command line in an -json message.
    goJsonEscape(escapedOnce),
    ...base64Cores(secret),
  ];
  return variants.filter(variant => variant.length >= MIN_SECRET_LENGTH);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Builds a redactor for the secret values of one job. Longer values are matched first,
 * so a secret that contains another is masked as a whole.
 */
export function createRedactor(secretValues: readonly string[]): Redactor {
  const secrets = [...new Set(secretValues)];
  const maskable = secrets.filter(secret => secret.length >= MIN_SECRET_LENGTH);
  const variants = [...new Set(maskable.flatMap(variantsOf))].sort(
    (a, b) => b.length - a.length,
  );
  const pattern =
    variants.length > 0
      ? new RegExp(variants.map(escapeRegExp).join('|'), 'g')
      : undefined;

  const redact = (text: string): string =>
    pattern ? text.replace(pattern, REDACTED) : text;

  const redactDeep = <T>(value: T): T => {
    if (typeof value === 'string') {
      return redact(value) as T;
    }
    if (Array.isArray(value)) {
      return value.map(item => redactDeep(item)) as T;
    }
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value).map(([key, item]) => [
          redact(key),
          redactDeep(item),
        ]),
      ) as T;
    }
    return value;
  };

  return {
    redact,
    redactDeep,
    skippedValues: secrets.filter(
      secret => secret.length > 0 && secret.length < MIN_SECRET_LENGTH,
    ).length,
  };
}
