import { Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ACCESS_STREAM_PREFIXES } from '@app/access';
import { EVENT_STORE, ReadModelRegistry, type EventStore } from '@app/event-store';
import { createApp } from './bootstrap';
import type { AppConfig } from './config/app-config';
import { describeImport, importHistory } from './history/history-importer';

async function main(): Promise<void> {
  const app = await createApp(process.env);
  const config = app.get<ConfigService<AppConfig, true>>(ConfigService);
  const port = config.get('port', { infer: true });
  const store = config.get('eventStore', { infer: true });

  // First start on a store that holds no record yet (tokens issued before it do not count):
  // load the board's recorded history (IMPORT_HISTORY=false to skip).
  if ((await holdsNoRecord(app.get<EventStore>(EVENT_STORE))) && process.env.IMPORT_HISTORY !== 'false') {
    const result = await importHistory(app);
    for (const line of describeImport(result)) Logger.log(line, 'ImportHistory');
    if (result.conflicts.length || result.failures.length) throw new Error('The recorded history did not import cleanly (see above)');
  }

  await app.listen(port, '0.0.0.0');
  const where = store.kind === 'embedded' ? `embedded store ${store.path}` : 'EventStoreDB';
  Logger.log(`governance-log listening on http://localhost:${port} (${where}); OpenAPI at /api/docs`, 'Main');
  // Listening first, so /health/live answers while the read models catch up; /health/ready
  // says 503 until they have, and a request before then catches up on its own.
  const readModels = app.get(ReadModelRegistry);
  const warmed = await readModels.warmUp();
  Logger.log(`Read models caught up: ${warmed.map((w) => `${w.name} ${w.ms} ms`).join(', ')}`, 'Main');
  readModels.followLive(app.get<EventStore>(EVENT_STORE), (error) => Logger.error(`Following the log: ${String(error)}`, 'ReadModels'));
}

/** Whether the log has nothing but access tokens (`npm run token` may run before the first start). */
async function holdsNoRecord(store: EventStore): Promise<boolean> {
  const page = await store.readAll({ maxCount: 1000 });
  return page.length < 1000 && page.every((event) => ACCESS_STREAM_PREFIXES.some((prefix) => event.streamId.startsWith(prefix)));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
