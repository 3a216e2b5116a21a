/**
 * The host and port a PostgreSQL connection string points at, when it names
 * a TCP host. The string holds a password, so nothing else is taken from it
 * and a string that cannot be parsed yields undefined rather than an error
 * that might quote it.
 */
export function pgConnectionTarget(
  connectionString: string,
): { host: string; port: number } | undefined {
  try {
    const fields = /^postgres(ql)?:\/\//i.test(connectionString)
      ? urlFields(connectionString)
      : keywordFields(connectionString);
    const host = fields.host?.split(',')[0];
    const port = Number(fields.port?.split(',')[0] || 5432);
    // No host, or a socket directory: nothing to reach over TCP.
    if (!host || host.startsWith('/') || !Number.isInteger(port)) {
      return undefined;
    }
    return { host, port };
  } catch {
    return undefined;
  }
}

function urlFields(connectionString: string) {
  const url = new URL(connectionString);
  const host = decodeURIComponent(url.hostname).replace(/^\[(.*)\]$/, '$1');
  return {
    host: host || url.searchParams.get('host') || undefined,
    port: url.port || url.searchParams.get('port') || undefined,
  };
}

function keywordFields(connectionString: string) {
  const fields: { host?: string; port?: string } = {};
  for (const match of connectionString.matchAll(
    /(\w+)\s*=\s*('((?:[^'\\]|\\.)*)'|\S+)/g,
  )) {
    const value = match[3] ?? match[2];
    if (match[1] === 'host' || match[1] === 'hostaddr') fields.host = value;
    if (match[1] === 'port') fields.port = value;
  }
  return fields;
}
