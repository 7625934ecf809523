import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { anEvent } from '../../../../../test/support/events';
import { SqliteEventStore } from './sqlite-event-store';

/**
 * A filtered read at the head answers without a query; a commit by another connection to the
 * same file (another process: a CLI, an import) is still seen, within 50 ms.
 */
describe('embedded store: reading at the head', () => {
  const dir = mkdtempSync(join(tmpdir(), 'governance-log-head-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('given a reader at the head, when another connection appends, a read after 50 ms returns that event', async () => {
    const path = join(dir, 'log.db');
    const [reader, writer] = [new SqliteEventStore(path), new SqliteEventStore(path)];
    await reader.append('sak-1', [anEvent('SakRegistered')], { expectedRevision: 'no_stream' });
    const { scannedTo: head } = await reader.readStreams({ prefixes: ['sak-'] });
    expect((await reader.readStreams({ prefixes: ['sak-'], after: head })).events).toEqual([]);

    await writer.append('sak-2', [anEvent('SakRegistered')], { expectedRevision: 'no_stream' });
    await new Promise((resolve) => setTimeout(resolve, 60));
    const { events, scannedTo } = await reader.readStreams({ prefixes: ['sak-'], after: head });
    expect(events.map((e) => e.streamId)).toEqual(['sak-2']);
    expect(scannedTo).toBe(head! + 1n);

    await reader.append('sak-3', [anEvent('SakRegistered')], { expectedRevision: 'no_stream' });
    expect((await reader.readStreams({ prefixes: ['sak-'], after: scannedTo })).events.map((e) => e.streamId)).toEqual(['sak-3']);
    await Promise.all([reader.close(), writer.close()]);
  });
});
