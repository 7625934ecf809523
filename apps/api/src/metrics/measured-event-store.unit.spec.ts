import { StreamNotFound, WrongExpectedRevision, type EventStore } from '@app/event-store';
import { AppMetrics } from './app-metrics';
import { measured } from './measured-event-store';

describe('the measured event store', () => {
  it('given calls that fail, counts each by operation and kind, and passes the error on unchanged', async () => {
    const metrics = new AppMetrics();
    const missing = new StreamNotFound('sak-nehs-2099-1');
    const moved = new WrongExpectedRevision('sak-nehs-2022-2', 3n, 4n);
    const failing = {
      readStream: () => Promise.reject(missing),
      append: () => Promise.reject(moved),
    } as unknown as EventStore;
    const store = measured(failing, metrics);
    await expect(store.readStream('sak-nehs-2099-1')).rejects.toBe(missing);
    await expect(store.append('sak-nehs-2022-2', [], { expectedRevision: 3n })).rejects.toBe(moved);
    await expect(store.append('sak-nehs-2022-2', [], { expectedRevision: 3n })).rejects.toBe(moved);
    const counted = (await metrics.storeErrors.get()).values.map(({ labels, value }) => ({ ...labels, value }));
    expect(counted).toEqual([
      { operation: 'readStream', kind: 'EVENT_STORE.STREAM_NOT_FOUND', value: 1 },
      { operation: 'append', kind: 'EVENT_STORE.WRONG_EXPECTED_REVISION', value: 2 },
    ]);
    expect(
      (await metrics.appendDuration.get()).values.find((v) => v.metricName === 'event_store_append_duration_seconds_count')?.value,
    ).toBe(2);
  });
});
