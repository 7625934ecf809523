import { canonicalJson, sha256Hex, type JsonObject } from '@app/shared-kernel';
import { ChainVerifier, chainHashOf, dataHashOf, type ChainedMetadata } from './hash-chain';
import type { RecordedEvent } from './port/event-envelope';

const base: ChainedMetadata = {
  recordedAt: '2026-11-25T12:00:00.000Z',
  effectiveAt: '2022-02-04',
  actor: 'sekretariatet',
  schemaVersion: 1,
};

/** Builds a correctly chained stream, as EventLog would. */
function chained(streamId: string, datas: JsonObject[], firstPosition = 1n): RecordedEvent[] {
  let prevHash: string | null = null;
  return datas.map((data, i) => {
    const streamRevision = BigInt(i);
    const dataHash = dataHashOf(data);
    const hash = chainHashOf({ prevHash, streamId, streamRevision, type: 'GoalReworded', dataHash, metadata: base });
    prevHash = hash;
    return {
      id: `${streamId}-${i}`,
      type: 'GoalReworded',
      streamId,
      streamRevision,
      globalPosition: firstPosition + BigInt(i),
      data,
      metadata: { ...base, dataHash, hash },
    };
  });
}

const verify = (events: RecordedEvent[]) => {
  const verifier = new ChainVerifier();
  for (const event of events) {
    const broken = verifier.check(event);
    if (broken) return broken;
  }
  return undefined;
};

describe('hash chain', () => {
  const stream = chained('goal-2.2', [
    { tittel: 'Videreutvikle teknologi for ...' },
    { tittel: 'Videreutvikle arbeidsprosesser for ...' },
    { tittel: 'x' },
  ]);

  it('hashes the canonical JSON of { prevHash, streamId, streamRevision, type, dataHash, metadata }, as the README states', () => {
    const metadata: ChainedMetadata = {
      ...base,
      source: { document: 'møte-1/22', locator: 'side 3', basis: 'interpreted', note: '«lest»' },
    };
    for (const prevHash of [null, 'ab'.repeat(32)]) {
      const input = { prevHash, streamId: 'goal-2.2-æøå', streamRevision: 12n, type: 'GoalReworded', dataHash: 'cd'.repeat(32), metadata };
      expect(chainHashOf(input)).toBe(sha256Hex(canonicalJson({ ...input, streamRevision: '12' })));
    }
  });

  it('given an intact chain, finds nothing', () => {
    expect(verify(stream)).toBeUndefined();
  });

  it('given altered data, names the event by its data hash', () => {
    const tampered = stream.map((e, i) => (i === 1 ? { ...e, data: { tittel: 'Videreutvikle prosesser' } } : e));
    expect(verify(tampered)).toMatchObject({ problem: 'data_hash_mismatch', eventId: 'goal-2.2-1', streamRevision: '1' });
  });

  it('given altered metadata, names the event by its chain hash', () => {
    const tampered = stream.map((e, i) => (i === 2 ? { ...e, metadata: { ...e.metadata, actor: 'someone else' } } : e));
    expect(verify(tampered)).toMatchObject({ problem: 'hash_mismatch', eventId: 'goal-2.2-2' });
  });

  it('given a redaction that keeps the data hash, the chain still verifies apart from the data check', () => {
    const redacted = { ...stream[0], data: { tittel: '[redacted]' } };
    const verifier = new ChainVerifier();
    expect(verifier.check(redacted)).toMatchObject({ problem: 'data_hash_mismatch' });
    const hash = chainHashOf({
      prevHash: null,
      streamId: 'goal-2.2',
      streamRevision: 0n,
      type: 'GoalReworded',
      dataHash: stream[0].metadata.dataHash,
      metadata: base,
    });
    expect(hash).toBe(stream[0].metadata.hash);
  });

  it('given a missing event, reports the gap', () => {
    expect(verify([stream[0], stream[2]])).toMatchObject({ problem: 'revision_gap', expected: '1', actual: '2' });
  });

  it('keeps one chain per stream', () => {
    const other = chained('goal-3.3', [{ tittel: 'helse- og omsorgstjenester' }], 10n);
    expect(verify([stream[0], other[0], stream[1], stream[2]])).toBeUndefined();
  });
});
