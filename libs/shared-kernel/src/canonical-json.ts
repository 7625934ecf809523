import { hash } from 'node:crypto';

export type JsonPrimitive = string | number | boolean | null;
export type JsonValue = JsonPrimitive | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/**
 * Deterministic JSON: object keys sorted by code point, no whitespace, `undefined`
 * members dropped (as JSON.stringify does). Two equal values always give the same
 * string, whatever order their keys were built in, which is what a hash chain needs.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) {
      throw new TypeError(`canonicalJson: ${value} is not representable in JSON`);
    }
    if (typeof value === 'bigint') {
      throw new TypeError('canonicalJson: bigint must be converted to a string first');
    }
    return JSON.stringify(value);
  }
  // Built as one string, without intermediate arrays: the hash chain runs this twice per event.
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i ? ',' : '') + (value[i] === undefined ? 'null' : canonicalJson(value[i]));
    return `${out}]`;
  }
  const object = value as Record<string, unknown>;
  let out = '{';
  for (const key of Object.keys(object).sort()) {
    const member = object[key];
    if (member === undefined) continue;
    out += `${out.length > 1 ? ',' : ''}${quoted(key)}:${canonicalJson(member)}`;
  }
  return `${out}}`;
}

/** Keys as JSON strings, kept once made: the same few dozen names recur in every event. */
const QUOTED = new Map<string, string>();
const QUOTED_KEPT = 10_000;

function quoted(key: string): string {
  let made = QUOTED.get(key);
  if (made === undefined) {
    made = JSON.stringify(key);
    if (QUOTED.size < QUOTED_KEPT) QUOTED.set(key, made);
  }
  return made;
}

export function sha256Hex(text: string): string {
  // One-shot (Node >= 20.12): no Hash object per call, and the chain hashes twice per event.
  return hash('sha256', text, 'hex');
}
