import { Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { EVENT_STORE, type EventStore } from '@app/event-store';
import { createApp } from './bootstrap';
import type { AppConfig } from './config/app-config';
import { importHistory } from './history/history-importer';

async function main(): Promise<void> {
  const app = await createApp(process.env);
  const config = app.get<ConfigService<AppConfig, true>>(ConfigService);
  const port = config.get('port', { infer: true });
  const store = config.get('eventStore', { infer: true });

  // First start on an empty store: load the board's recorded history (IMPORT_HISTORY=false to skip).
  const empty = (await app.get<EventStore>(EVENT_STORE).readAll({ maxCount: 1 })).length === 0;
  if (empty && process.env.IMPORT_HISTORY !== 'false') {
    const result = await importHistory(app);
    Logger.log(`Imported the recorded history: ${result.applied} facts from ${result.files} files in data/history`, 'Main');
  }

  await app.listen(port, '0.0.0.0');
  const where = store.kind === 'embedded' ? `embedded store ${store.path}` : 'EventStoreDB';
  Logger.log(`governance-log listening on http://localhost:${port} (${where}); OpenAPI at /api/docs`, 'Main');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
