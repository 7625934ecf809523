/**
 * An immutable map from strings that shares all but a small part of itself with the map it was
 * made from: `set` copies one of 1,024 leaves and the two short arrays above it, not every
 * entry. A decider's state must not change under a snapshot that holds it, yet a state keyed by
 * thousands of members (a round's votes) copied whole on every event folds in quadratic time
 * (53 s for a round of 12,500 voters).
 */
export class PersistentMap<V> {
  private static readonly EMPTY = new PersistentMap<never>([], 0);

  private constructor(
    /** 32 branches of 32 leaves; a missing branch or leaf is empty. */
    private readonly branches: readonly (readonly (ReadonlyMap<string, V> | undefined)[] | undefined)[],
    readonly size: number,
  ) {}

  static empty<V>(): PersistentMap<V> {
    return PersistentMap.EMPTY;
  }

  get(key: string): V | undefined {
    const hash = hashOf(key);
    return this.branches[hash & 31]?.[(hash >>> 5) & 31]?.get(key);
  }

  set(key: string, value: V): PersistentMap<V> {
    const hash = hashOf(key);
    const [b, l] = [hash & 31, (hash >>> 5) & 31];
    const branch = this.branches[b] ?? [];
    const leaf = new Map(branch[l]);
    const added = leaf.has(key) ? 0 : 1;
    leaf.set(key, value);
    const branches = [...this.branches];
    const leaves = [...branch];
    leaves[l] = leaf;
    branches[b] = leaves;
    return new PersistentMap(branches, this.size + added);
  }
}

/** FNV-1a over the string's UTF-16 code units: spreads keys like `m-1`, `m-2` over the leaves. */
function hashOf(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}
