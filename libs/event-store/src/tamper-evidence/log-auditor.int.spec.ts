import { ManualClock } from '@app/shared-kernel';
import { SqliteEventStore } from '../adapters/embedded/sqlite-event-store';
import { EventLog } from '../event-log';
import { KeptChain } from './kept-chain';
import {
  CHECKPOINT_EVENT,
  CHECKPOINT_STREAM,
  CheckpointSigner,
  LOG_CHAIN_ORIGIN,
  checkpointSignatureProblem,
  logHashOf,
} from './log-chain';
import { LogAuditor } from './log-auditor';
import { LogVerifier } from './log-verifier';

const context = { actor: 'sekretariatet' };

describe('the log chain, its verifier and the auditor, given a small log', () => {
  let store: SqliteEventStore;
  let log: EventLog;
  let auditor: LogAuditor;
  let kept: KeptChain;
  const clock = new ManualClock('2026-11-25T12:00:00.000Z');
  const signer = CheckpointSigner.fromFile(':memory:');

  const append = (streamId: string, type: string, data: Record<string, string>) =>
    log.append(streamId, [{ type, data, effectiveAt: '2022-02-04' }], { expectedRevision: 'any', context });

  beforeEach(async () => {
    store = new SqliteEventStore(':memory:');
    log = new EventLog(store, clock);
    kept = new KeptChain(':memory:');
    auditor = new LogAuditor(store, kept, signer, clock, async (checkpoint) => {
      await log.append(CHECKPOINT_STREAM, [{ type: CHECKPOINT_EVENT, data: { ...checkpoint }, effectiveAt: checkpoint.signedAt }], {
        expectedRevision: 'any',
        context,
      });
    });
    await append('sak-a', 'SakRegistered', { title: 'A' });
    await append('sak-b', 'SakRegistered', { title: 'B' });
    await append('sak-a', 'DecisionAdopted', { text: 'Vedtatt' });
  });
  afterEach(async () => {
    await auditor.close();
    store.close();
  });

  it('given the log, the log chain is each event’s id and hash folded in log order from the origin', async () => {
    const events = await store.readAll();
    const expected = events.reduce((hash, event) => logHashOf(hash, event), LOG_CHAIN_ORIGIN);
    await expect(auditor.verify('full')).resolves.toMatchObject({ ok: true, logEvents: 3, logHash: expected, streamsChecked: 2 });
  });

  it('given a verified log, when events are appended, a verification of what is new reads only those and the tail', async () => {
    await auditor.verify('full');
    await append('sak-b', 'DecisionAdopted', { text: 'Vedtatt' });
    await expect(auditor.verify('new')).resolves.toMatchObject({ ok: true, eventsChecked: 1, logEvents: 4 });
    await expect(auditor.verify('full')).resolves.toMatchObject({ ok: true, eventsChecked: 4, logEvents: 4 });
  });

  it('when two callers ask for a verification at once, they share one run', async () => {
    const [first, second] = [auditor.verify('full'), auditor.verify('full')];
    expect(second).toBe(first);
    await first;
  });

  it('given a kept place, when another event stands there, the verifier names the one kept', async () => {
    const [a, b] = await store.readAll({ maxCount: 2 });
    const verifier = new LogVerifier(undefined, null);
    expect(verifier.check(b, { eventId: a.id, logHash: logHashOf(LOG_CHAIN_ORIGIN, a) })).toMatchObject({
      problem: 'event_missing',
      sequence: 0,
      expected: a.id,
      actual: b.id,
    });
  });

  it('given a checkpoint, when the log ends before the events it covers, the log is named truncated', async () => {
    const { checkpoint } = await auditor.sign();
    const verifier = new LogVerifier(undefined, undefined, [checkpoint]);
    const [first] = await store.readAll({ maxCount: 1 });
    expect(verifier.check(first)).toBeUndefined();
    expect(verifier.end()).toMatchObject({ problem: 'log_truncated', expected: '3 events', actual: '1 events' });
  });

  it('signs once per head: asked again with only the checkpoint appended since, it answers the same checkpoint', async () => {
    const first = await auditor.sign();
    expect(first).toMatchObject({ created: true, checkpoint: { events: 3, algorithm: 'Ed25519', keyId: signer.keyId } });
    await expect(auditor.sign()).resolves.toEqual({ checkpoint: first.checkpoint, created: false });
    await append('sak-b', 'DecisionAdopted', { text: 'Vedtatt' });
    await expect(auditor.sign()).resolves.toMatchObject({ created: true, checkpoint: { events: 5 } });
  });

  it('a checkpoint with any figure changed, or checked against another key, does not hold', async () => {
    const { checkpoint } = await auditor.sign();
    expect(checkpointSignatureProblem(checkpoint)).toBeUndefined();
    expect(checkpointSignatureProblem({ ...checkpoint, events: 2 })).toBe('the signature does not hold');
    expect(checkpointSignatureProblem(checkpoint, CheckpointSigner.fromFile(':memory:').publicKey)).toBe(
      'signed with another key than the trusted one',
    );
  });
});
