import { wordDiff } from './word-diff';

const joined = (kinds: string[], stretches: ReturnType<typeof wordDiff>) =>
  stretches
    .filter((s) => kinds.includes(s.kind))
    .map((s) => s.text)
    .join('');

describe('the difference between a proposal and its vedtak, word by word', () => {
  it('given the same wording, finds nothing removed or added', () => {
    expect(wordDiff('Styret tar saken til orientering.', 'Styret tar saken til orientering.')).toEqual([
      { kind: 'same', text: 'Styret tar saken til orientering.' },
    ]);
  });

  it('given a vedtak that adds and removes words, marks only those, and each text is given back whole', () => {
    const proposal = 'Nasjonalt e-helsestyre tar saken til orientering.';
    const vedtak = 'Nasjonalt e-helsestyre slutter seg til anbefalingen i saken.';
    const stretches = wordDiff(proposal, vedtak);
    expect(joined(['same', 'removed'], stretches)).toBe(proposal);
    expect(joined(['same', 'added'], stretches)).toBe(vedtak);
    expect(stretches).toEqual([
      { kind: 'same', text: 'Nasjonalt e-helsestyre ' },
      { kind: 'removed', text: 'tar saken ' },
      { kind: 'added', text: 'slutter seg ' },
      { kind: 'same', text: 'til ' },
      { kind: 'removed', text: 'orientering.' },
      { kind: 'added', text: 'anbefalingen i saken.' },
    ]);
  });

  it('given an empty proposal, everything in the vedtak is added', () => {
    expect(wordDiff('', 'Vedtatt.')).toEqual([{ kind: 'added', text: 'Vedtatt.' }]);
  });
});
