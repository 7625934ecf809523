import { randomBytes } from 'node:crypto';

/**
 * A time-ordered UUID (RFC 9562, version 7). Event ids are v7 rather than v4 because
 * random ids scattered over a unique index halve the embedded store's append rate.
 */
export function uuidv7(now: number = Date.now()): string {
  const bytes = randomBytes(16);
  const millis = BigInt(now);
  for (let i = 0; i < 6; i++) {
    bytes[i] = Number((millis >> BigInt(8 * (5 - i))) & 0xffn);
  }
  bytes[6] = (bytes[6] & 0x0f) | 0x70; // version 7
  bytes[8] = (bytes[8] & 0x3f) | 0x80; // RFC 4122 variant
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
