import { randomFillSync } from 'node:crypto';

/** Random bytes drawn in bulk: one call to the system's generator per 409 ids, not one per id. */
const POOL = Buffer.alloc(4096);
let taken = POOL.length;
const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

/**
 * A time-ordered UUID (RFC 9562, version 7). Event ids are v7 rather than v4 because
 * random ids scattered over a unique index halve the embedded store's append rate. Written
 * straight as hex from the pool (no buffer per id): the append path makes one per event.
 */
export function uuidv7(now: number = Date.now()): string {
  if (taken + 10 > POOL.length) {
    randomFillSync(POOL);
    taken = 0;
  }
  const r = taken;
  taken += 10;
  // 48 bits of milliseconds, big-endian (within Number's exact range until the year 10889).
  const time = now.toString(16).padStart(12, '0');
  const random = (from: number, to: number) => {
    let hex = '';
    for (let i = r + from; i < r + to; i++) hex += HEX[POOL[i]];
    return hex;
  };
  const version = HEX[(POOL[r] & 0x0f) | 0x70]; // version 7
  const variant = HEX[(POOL[r + 2] & 0x3f) | 0x80]; // RFC 4122 variant
  return `${time.slice(0, 8)}-${time.slice(8)}-${version}${HEX[POOL[r + 1]]}-${variant}${HEX[POOL[r + 3]]}-${random(4, 10)}`;
}

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
