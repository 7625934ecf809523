import { canonicalJson, sha256Hex } from './canonical-json';
import { UUID_PATTERN, uuidv7 } from './uuid-v7';

describe('canonicalJson', () => {
  it('is independent of key order and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, 'x'], c: null }, u: undefined })).toBe('{"a":{"c":null,"d":[1,"x"]},"b":1}');
    expect(canonicalJson({ a: { c: null, d: [1, 'x'] }, b: 1 })).toBe(canonicalJson({ b: 1, a: { d: [1, 'x'], c: null } }));
  });

  it('keeps Norwegian letters as they are and hashes them as UTF-8', () => {
    expect(canonicalJson({ tekst: 'Nasjonalt e-helseråd – æøå' })).toBe('{"tekst":"Nasjonalt e-helseråd – æøå"}');
    // SHA-256 of the bytes C3 A6, the UTF-8 encoding of "æ"
    expect(sha256Hex('æ')).toBe('889be819e24eaa58cd98ff071bc5aa9d9d6b3fea8d62c6cd43778c7370d2bf60');
  });

  it('refuses values JSON cannot hold', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(TypeError);
    expect(() => canonicalJson({ n: 1n })).toThrow(TypeError);
  });
});

describe('uuidv7', () => {
  it('is a version 7 UUID whose ids sort by creation time', () => {
    const earlier = uuidv7(1_700_000_000_000);
    const later = uuidv7(1_700_000_000_001);
    expect(earlier).toMatch(UUID_PATTERN);
    expect(earlier[14]).toBe('7');
    expect(earlier < later).toBe(true);
  });

  it('puts the 48-bit millisecond time first, and draws distinct random bits across refills of its pool', () => {
    expect(uuidv7(0x0123456789ab)).toMatch(/^01234567-89ab-7/);
    const ids = Array.from({ length: 2000 }, () => uuidv7(1_700_000_000_000));
    expect(new Set(ids).size).toBe(2000);
    expect(ids.every((id) => UUID_PATTERN.test(id) && /^[89ab]$/.test(id[19]))).toBe(true);
  });
});
