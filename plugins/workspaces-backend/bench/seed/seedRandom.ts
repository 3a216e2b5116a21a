/** Deterministic pseudo-random values, so every run seeds the same data. */
export type SeedRandom = {
  /** The next number in [0, 1). */
  next(): number;
  pick<T>(values: readonly T[]): T;
  /** A version 4 UUID made of the sequence's numbers. */
  uuid(): string;
  /** A workspace's external id: `ws-` and ten letters or digits. */
  externalId(): string;
};

/** mulberry32: small, fast and the same on every machine. */
function mulberry32(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function seedRandom(seed: number): SeedRandom {
  const next = mulberry32(seed);
  return {
    next,
    pick: values => values[Math.floor(next() * values.length)],
    uuid() {
      const hex = Array.from({ length: 32 }, () =>
        Math.floor(next() * 16).toString(16),
      );
      hex[12] = '4';
      hex[16] = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
      const s = hex.join('');
      return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(
        16,
        20,
      )}-${s.slice(20)}`;
    },
    externalId: () =>
      `ws-${Array.from({ length: 10 }, () =>
        'abcdefghijklmnopqrstuvwxyz0123456789'.charAt(Math.floor(next() * 36)),
      ).join('')}`,
  };
}
