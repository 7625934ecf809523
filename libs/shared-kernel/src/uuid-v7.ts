import { randomFillSync } from 'node:crypto';

/** Random bytes drawn in bulk: one call to the system's generator per 409 ids, not one per id. */
const POOL = Buffer.alloc(4096);
let taken = POOL.length;

function randomInto(target: Buffer, offset: number, length: number): void {
  if (taken + length > POOL.length) {
    randomFillSync(POOL);
    taken = 0;
  }
  POOL.copy(target, offset, taken, taken + length);
  taken += length;
}

/**
 * A time-ordered UUID (RFC 9562, version 7). Event ids are v7 rather than v4 because
 * random ids scattered over a unique index halve the embedded store's append rate.
 */
export function uuidv7(now: number = Date.now()): string {
  const bytes = Buffer.alloc(16);
  // 48 bits of milliseconds, big-endian (within Number's exact range until the year 10889).
  bytes.writeUIntBE(now, 0, 6);
  randomInto(bytes, 6, 10);
  bytes[6] = (bytes[6] & 0x0f) | 0x70; // version 7
  bytes[8] = (bytes[8] & 0x3f) | 0x80; // RFC 4122 variant
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
