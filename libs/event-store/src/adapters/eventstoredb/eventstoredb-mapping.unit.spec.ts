import {
  CancelledError,
  StreamNotFoundError,
  UnavailableError,
  WrongExpectedVersionError,
  type AllStreamResolvedEvent,
  type ResolvedEvent,
} from '@eventstore/db-client';
import { EventStoreUnavailable, StreamNotFound, WrongExpectedRevision } from '../../port/event-store-errors';
import {
  fromResolvedEvent,
  isSystemEvent,
  mapEsdbError,
  toEsdbEvent,
  toEsdbExpectedRevision,
  toEsdbPosition,
} from './eventstoredb-mapping';

const metadata = {
  recordedAt: '2026-11-25T12:00:00.000Z',
  effectiveAt: '2021-12-09',
  actor: 'sekretariatet',
  schemaVersion: 1,
  dataHash: 'd',
  hash: 'h',
};

// Larger than Number.MAX_SAFE_INTEGER: must survive without precision loss.
const BIG = 9_007_199_254_740_993n;

const resolved = (overrides: Record<string, unknown> = {}): AllStreamResolvedEvent =>
  ({
    event: {
      streamId: 'sak-nehs-2021-40',
      id: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b',
      isJson: true,
      revision: BIG,
      type: 'DecisionAdopted',
      created: new Date('2026-11-25T12:00:00Z'),
      data: { vedtak: 'Nasjonalt e-helsestyre slutter seg til visjonen' },
      metadata,
      position: { commit: BIG + 10n, prepare: BIG + 10n },
      ...overrides,
    },
  }) as unknown as AllStreamResolvedEvent;

describe('EventStoreDB mapping', () => {
  it('passes every expected revision through, bigints untouched', () => {
    expect(['no_stream', 'stream_exists', 'any', BIG].map((r) => toEsdbExpectedRevision(r as never))).toEqual([
      'no_stream',
      'stream_exists',
      'any',
      BIG,
    ]);
  });

  it('stores the envelope metadata as the event JSON metadata', () => {
    const esdbEvent = toEsdbEvent({ id: 'e-1', type: 'DecisionAdopted', data: { a: 1 }, metadata });
    expect(esdbEvent).toMatchObject({ id: 'e-1', type: 'DecisionAdopted', contentType: 'application/json', data: { a: 1 }, metadata });
  });

  it('reads a recorded event with bigint revision and commit position kept exact', () => {
    expect(fromResolvedEvent(resolved())).toEqual({
      id: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b',
      type: 'DecisionAdopted',
      streamId: 'sak-nehs-2021-40',
      streamRevision: BIG,
      globalPosition: BIG + 10n,
      data: { vedtak: 'Nasjonalt e-helsestyre slutter seg til visjonen' },
      metadata,
    });
    expect(toEsdbPosition(BIG)).toEqual({ commit: BIG, prepare: BIG });
  });

  it('falls back to the commit position of a stream read when the event has none', () => {
    const withoutPosition = { ...resolved({ position: undefined }), commitPosition: 42n } as ResolvedEvent;
    expect(fromResolvedEvent(withoutPosition)?.globalPosition).toBe(42n);
    expect(() => fromResolvedEvent(resolved({ position: undefined }))).toThrow(EventStoreUnavailable);
  });

  it('hides system events, link events and binary events', () => {
    expect(isSystemEvent('$stats-127.0.0.1:2113', 'SomethingHappened')).toBe(true);
    expect(isSystemEvent('sak-nehs-2021-40', '$metadata')).toBe(true);
    expect(isSystemEvent('sak-nehs-2021-40', 'DecisionAdopted')).toBe(false);
    expect(fromResolvedEvent(resolved({ streamId: '$scavenges' }))).toBeUndefined();
    expect(fromResolvedEvent(resolved({ type: '$>' }))).toBeUndefined();
    expect(fromResolvedEvent(resolved({ isJson: false }))).toBeUndefined();
    expect(fromResolvedEvent({ event: undefined } as AllStreamResolvedEvent)).toBeUndefined();
  });

  it('maps the client errors to the port errors', () => {
    const wrong = mapEsdbError(
      new WrongExpectedVersionError(undefined, { streamName: 'sak-nehs-2022-1', expected: 3n, current: BIG }),
      'sak-nehs-2022-1',
    );
    expect(wrong).toBeInstanceOf(WrongExpectedRevision);
    expect(wrong).toMatchObject({ streamId: 'sak-nehs-2022-1', expected: 3n, actual: BIG, kind: 'conflict' });

    const missing = mapEsdbError(
      new WrongExpectedVersionError(undefined, { streamName: 's', expected: 'stream_exists', current: 'no_stream' }),
    );
    expect(missing).toMatchObject({ expected: 'stream_exists', actual: 'no_stream' });

    expect(mapEsdbError(new StreamNotFoundError(undefined, 'sak-x'), 'sak-x')).toEqual(new StreamNotFound('sak-x'));
    expect(mapEsdbError(new UnavailableError(undefined as never, 'connection refused'))).toBeInstanceOf(EventStoreUnavailable);
    expect(mapEsdbError(new CancelledError(undefined as never, 'Cancelled on server'))).toBeInstanceOf(EventStoreUnavailable);
    const refused = Object.assign(new Error('14 UNAVAILABLE: No connection established'), { code: 14, details: '', metadata: {} });
    expect(mapEsdbError(refused)).toBeInstanceOf(EventStoreUnavailable);
    const other = new Error('something else');
    expect(mapEsdbError(other)).toBe(other);
  });
});
