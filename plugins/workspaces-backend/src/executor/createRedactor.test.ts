import { createRedactor, REDACTED } from './createRedactor';

describe('createRedactor', () => {
  it('masks every occurrence of every secret in a line', () => {
    const { redact } = createRedactor(['hunter22', 'AKIA-SECRET-KEY']);
    expect(
      redact('user=admin pass=hunter22 key=AKIA-SECRET-KEY again=hunter22'),
    ).toBe('user=admin pass=*** key=*** again=***');
  });

  it('masks the longest secret first, so one containing another leaves nothing behind', () => {
    const { redact } = createRedactor(['pass', 'password-of-db', 'word-of']);
    expect(redact('x=password-of-db y=pass')).toBe('x=*** y=***');
  });

  it('skips empty and very short values instead of masking them everywhere', () => {
    const redactor = createRedactor(['', 'on', 'abc', 'long-enough']);
    expect(redactor.redact('abc on long-enough')).toBe('abc on ***');
    expect(redactor.skippedValues).toBe(2);
  });

  it('leaves text alone when there are no secrets, and treats regex characters literally', () => {
    expect(createRedactor([]).redact('a.b*c')).toBe('a.b*c');
    const { redact } = createRedactor(['a.b*c(d)']);
    expect(redact('a.b*c(d) axbbbc(d)')).toBe('*** axbbbc(d)');
  });

  it('masks a secret as Terraform prints it inside -json lines, escaped the Go way', () => {
    const secret = 'p"w\\d<&>';
    const { redact } = createRedactor([secret]);
    const goEscaped = 'p\\"w\\\\d\\u003c\\u0026\\u003e';
    const line = `{"@message":"token is ${goEscaped}","type":"log"}`;
    expect(redact(line)).toBe('{"@message":"token is ***","type":"log"}');
    // Still valid JSON, and the parsed value is masked too.
    expect(JSON.parse(redact(line))['@message']).toBe(`token is ${REDACTED}`);
    // The way JavaScript escapes it, for JSON written by anything else.
    expect(redact(JSON.stringify({ v: secret }))).toBe('{"v":"***"}');
  });

  it('masks a secret escaped twice, as in a command line quoted inside a JSON message', () => {
    const { redact } = createRedactor(['se"cret']);
    const command = JSON.stringify(['/bin/sh', '-c', 'echo se"cret']);
    expect(
      redact(JSON.stringify({ '@message': `Executing: ${command}` })),
    ).toBe(
      JSON.stringify({ '@message': 'Executing: ["/bin/sh","-c","echo ***"]' }),
    );
  });

  it('masks a base64-encoded secret wherever it sits in a longer encoded text', () => {
    const secret = 'db-password-1234';
    const { redact } = createRedactor([secret]);
    for (const prefix of ['', 'u:', 'us:']) {
      const encoded = Buffer.from(`${prefix}${secret}@host`).toString('base64');
      expect(redact(`Authorization: Basic ${encoded}`)).toContain(REDACTED);
      expect(
        Buffer.from(redact(encoded).replace(REDACTED, ''), 'base64').toString(),
      ).not.toContain(secret.slice(2, -2));
    }
  });

  it('masks each line of a multi-line secret, as plain-text logs show it', () => {
    const { redact } = createRedactor([
      '-----BEGIN KEY-----\nMIIEvQIBADANBg\n-----END KEY-----',
    ]);
    expect(['-----BEGIN KEY-----', 'MIIEvQIBADANBg'].map(redact)).toEqual([
      REDACTED,
      REDACTED,
    ]);
  });

  it('redacts every string of an event or result, object keys included, and keeps other values', () => {
    const { redactDeep } = createRedactor(['s3cr3t-value']);
    expect(
      redactDeep({
        outcome: 'failed',
        error: 'Apply failed: s3cr3t-value rejected',
        outputs: {
          list: ['a', 's3cr3t-value'],
          'key-s3cr3t-value': { n: 2, ok: true, nothing: null },
        },
      }),
    ).toEqual({
      outcome: 'failed',
      error: 'Apply failed: *** rejected',
      outputs: {
        list: ['a', '***'],
        'key-***': { n: 2, ok: true, nothing: null },
      },
    });
  });
});
