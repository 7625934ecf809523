import type { EventMetadata, EventToAppend, RecordedEvent, Subscription } from '@app/event-store';
import { uuidv7, type JsonObject } from '@app/shared-kernel';

/** A complete event for tests of the store port (the port does not check the hash chain). */
export function anEvent(type: string, data: JsonObject = {}, metadata: Partial<EventMetadata> = {}): EventToAppend {
  return {
    id: uuidv7(),
    type,
    data,
    metadata: {
      recordedAt: '2026-11-25T12:00:00.000Z',
      effectiveAt: '2022-02-04',
      actor: 'sekretariatet@ehelse.no',
      schemaVersion: 1,
      dataHash: 'not-checked-by-the-port',
      hash: 'not-checked-by-the-port',
      ...metadata,
    },
  };
}

/** A stream id no other test (or earlier run against a shared server) uses. */
export function uniqueStream(prefix = 'test'): string {
  return `${prefix}-${uuidv7()}`;
}

/** Reads from a subscription until `count` events matching `keep` have arrived. */
export async function take(
  subscription: Subscription,
  count: number,
  keep: (event: RecordedEvent) => boolean = () => true,
): Promise<RecordedEvent[]> {
  const taken: RecordedEvent[] = [];
  if (count === 0) return taken;
  const iterator = subscription[Symbol.asyncIterator]();
  while (taken.length < count) {
    const next = await iterator.next();
    if (next.done) break;
    if (keep(next.value)) taken.push(next.value);
  }
  return taken;
}

/** A stored event at a global position (`e-<i>`), for read-side tests that feed their indexes without a store. */
export function storedEvent(
  i: number,
  streamId: string,
  type: string,
  data: object,
  times: Pick<EventMetadata, 'recordedAt' | 'effectiveAt' | 'documentedAt'>,
): RecordedEvent {
  return {
    id: `e-${i}`,
    type,
    streamId,
    streamRevision: 0n,
    globalPosition: BigInt(i + 1),
    data: data as JsonObject,
    metadata: { ...times, actor: 'x', schemaVersion: 1, dataHash: '', hash: '' },
  };
}
