/** A stretch of text: the same in both, only in the first (removed) or only in the second (added). */
export interface Stretch {
  kind: 'same' | 'removed' | 'added';
  text: string;
}

/**
 * How a vedtak's wording differs from its proposal, word by word (a longest common subsequence
 * of words; texts of a few hundred words, so the quadratic table is small). Whitespace stays
 * with the word before it, so the stretches joined give each text back.
 */
export function wordDiff(before: string, after: string): Stretch[] {
  const a = before.match(/\S+\s*/g) ?? [];
  const b = after.match(/\S+\s*/g) ?? [];
  const same = (i: number, j: number) => a[i].trim() === b[j].trim();
  // common[i][j]: the length of the longest common subsequence of a[i..] and b[j..].
  const common = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      common[i][j] = same(i, j) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);

  const stretches: Stretch[] = [];
  const push = (kind: Stretch['kind'], text: string) => {
    const last = stretches[stretches.length - 1];
    if (last?.kind === kind) last.text += text;
    else stretches.push({ kind, text });
  };
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (same(i, j)) {
      push('same', b[j]);
      i++;
      j++;
    } else if (common[i + 1][j] >= common[i][j + 1]) push('removed', a[i++]);
    else push('added', b[j++]);
  }
  while (i < a.length) push('removed', a[i++]);
  while (j < b.length) push('added', b[j++]);
  return stretches;
}
