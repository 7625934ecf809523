import { Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { EVENT_STORE, EventStoreUnavailable, LogAuditor, ReadModelRegistry, type EventStore } from '@app/event-store';
import { PeriodicCheckpoints } from './audit/log-auditing';
import { createApp } from './bootstrap';
import type { AppConfig } from './config/app-config';
import { describeImport, historyToImport, importHistory } from './history/history-importer';
import { StartupPhase } from './health/startup-phase';
import { AppLogger, logFormatOf } from './logging/app-logger';

/**
 * Waits until the store answers: a node still starting, or a cluster electing its leader, is
 * asked again after a wait that doubles (to 30 s), rather than ending the process.
 */
async function storeAnswers(store: EventStore): Promise<void> {
  for (let wait = 500; ; wait = Math.min(wait * 2, 30_000)) {
    try {
      await store.readAll({ maxCount: 1 });
      return;
    } catch (error) {
      if (!(error instanceof EventStoreUnavailable)) throw error;
      Logger.warn(`The event store does not answer yet (${error.message}); asking again in ${wait} ms`, 'Main');
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}

async function main(): Promise<void> {
  const app = await createApp(process.env);
  await storeAnswers(app.get<EventStore>(EVENT_STORE));
  const config = app.get<ConfigService<AppConfig, true>>(ConfigService);
  const port = config.get('port', { infer: true });
  const store = config.get('eventStore', { infer: true });

  // The recorded history is imported into a store that holds no record yet, and an import a
  // crash cut short is finished (IMPORT_HISTORY=false to skip). The app listens meanwhile, so
  // /health/live answers and /health/ready says "importing" until it is done.
  const toImport = process.env.IMPORT_HISTORY === 'false' ? 'none' : await historyToImport(app.get<EventStore>(EVENT_STORE));
  const startup = app.get(StartupPhase);
  startup.importing = toImport !== 'none';
  await app.listen(port, '0.0.0.0');
  const where = store.kind === 'embedded' ? `embedded store ${store.path}` : 'EventStoreDB';
  Logger.log(`governance-log listening on http://localhost:${port} (${where}); OpenAPI at /api/docs`, 'Main');
  if (toImport !== 'none') {
    if (toImport === 'resume')
      Logger.log('Finishing the import of the recorded history that a previous start left unfinished', 'ImportHistory');
    const result = await importHistory(app);
    for (const line of describeImport(result)) Logger.log(line, 'ImportHistory');
    if (result.conflicts.length || result.failures.length) throw new Error('The recorded history did not import cleanly (see above)');
    startup.importing = false;
  }
  // The log's tail is checked against what was verified before (a deleted newest event), and what
  // was appended since is verified; a broken chain keeps readiness at 503 "chain-broken".
  const verified = await app.get(LogAuditor).verify('new');
  if (verified.ok) Logger.log(`Log verified: ${verified.logEvents} events, log hash ${verified.logHash}`, 'Audit');
  else Logger.error(`The log does not verify: ${verified.firstBreak?.detail}`, 'Audit');
  app.get(PeriodicCheckpoints).start();
  // Read models catch up after the import; /health/ready says 503 until they have, and a request
  // before then catches up on its own.
  const readModels = app.get(ReadModelRegistry);
  const warmed = await readModels.warmUp();
  Logger.log(`Read models caught up: ${warmed.map((w) => `${w.name} ${w.ms} ms`).join(', ')}`, 'Main');
  readModels.followLive(app.get<EventStore>(EVENT_STORE), (error) => Logger.error(`Following the log: ${String(error)}`, 'ReadModels'));
}

main().catch((error: unknown) => {
  // In the log's own format: the app's logger may not be made yet (a configuration refused).
  new AppLogger(logFormatOf(process.env)).error(error instanceof Error ? error.message : String(error), 'Main');
  process.exit(1);
});
