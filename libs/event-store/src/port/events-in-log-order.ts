import type { RecordedEvent } from './event-envelope';
import type { EventStore } from './event-store.port';

/** Every event of a store in log order, read a page at a time (a whole log is never held at once). */
export async function* eventsInLogOrder(store: EventStore, pageSize = 1000): AsyncGenerator<RecordedEvent> {
  for (let after: bigint | undefined; ;) {
    const page = await store.readAll({ after, maxCount: pageSize });
    yield* page;
    if (page.length < pageSize) return;
    after = page[page.length - 1].globalPosition;
  }
}
