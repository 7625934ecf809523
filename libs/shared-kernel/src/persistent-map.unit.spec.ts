import { PersistentMap } from './persistent-map';

describe('PersistentMap', () => {
  it('given a map, when a key is set, then the new map has it and the old one is unchanged', () => {
    const before = PersistentMap.empty<number>().set('m-1', 1);
    const after = before.set('m-2', 2).set('m-1', 3);
    expect([before.get('m-1'), before.get('m-2'), before.size]).toEqual([1, undefined, 1]);
    expect([after.get('m-1'), after.get('m-2'), after.size]).toEqual([3, 2, 2]);
  });

  it('given many keys set one by one, then each map along the way holds exactly the keys set before it', () => {
    const maps = [PersistentMap.empty<number>()];
    for (let i = 0; i < 3000; i++) maps.push(maps[i].set(`m-${i}`, i));
    for (const n of [0, 1, 1000, 3000]) {
      expect(maps[n].size).toBe(n);
      expect(maps[n].get(`m-${n - 1}`)).toBe(n > 0 ? n - 1 : undefined);
      expect(maps[n].get(`m-${n}`)).toBeUndefined();
    }
  });
});
