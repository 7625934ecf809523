import type { EventStore } from '@app/event-store';
import type { AppMetrics } from './app-metrics';

/** The kind of a failed call: a typed store error's code, else its class. */
const kindOf = (error: unknown): string =>
  (error as { code?: unknown })?.code && typeof (error as { code: unknown }).code === 'string'
    ? (error as { code: string }).code
    : error instanceof Error
      ? error.name
      : 'unknown';

/** The store, measured: append latency, and every failed call counted by its kind. */
export function measured(store: EventStore, metrics: AppMetrics): EventStore {
  const counted =
    <A extends unknown[], R>(operation: string, call: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      try {
        return await call(...args);
      } catch (error) {
        metrics.storeErrors.inc({ operation, kind: kindOf(error) });
        throw error;
      }
    };
  return {
    append: counted('append', async (...args: Parameters<EventStore['append']>) => {
      const done = metrics.appendDuration.startTimer();
      try {
        return await store.append(...args);
      } finally {
        done();
      }
    }),
    readStream: counted('readStream', (...args: Parameters<EventStore['readStream']>) => store.readStream(...args)),
    readAll: counted('readAll', (...args: Parameters<EventStore['readAll']>) => store.readAll(...args)),
    readStreams: counted('readStreams', (...args: Parameters<EventStore['readStreams']>) => store.readStreams(...args)),
    subscribeToAll: (...args: Parameters<EventStore['subscribeToAll']>) => store.subscribeToAll(...args),
    close: () => store.close(),
  };
}
