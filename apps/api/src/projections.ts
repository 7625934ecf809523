import { ProjectionStore, ReadModelRegistry } from '@app/event-store';
import { createApp } from './bootstrap';

/**
 * `npm run projections -- status`: each kept read model's version, checkpoint and events kept.
 * `npm run projections -- rebuild [name ...]`: forgets what the named read models (all, without
 * names) kept and builds them again from the log, with the same configuration as the app
 * (EVENT_STORE, EVENT_STORE_PATH, PROJECTIONS_PATH). Prints, as its last line, a JSON object
 * with how long each took. Run it with the app stopped: one process owns the files.
 */
async function main(): Promise<void> {
  const [command, ...names] = process.argv.slice(2);
  if (command !== 'status' && command !== 'rebuild') {
    console.error('Usage: npm run projections -- status | rebuild [name ...]');
    process.exit(2);
  }
  const app = await createApp(process.env, { logger: false });
  try {
    const projections = app.get(ProjectionStore);
    const readModels = app.get(ReadModelRegistry);
    if (command === 'status') {
      console.log(JSON.stringify({ projections: projections.status(), readModels: readModels.all().map((m) => m.name) }));
      return;
    }
    const unknown = names.filter((name) => !readModels.all().some((m) => m.name === name));
    if (unknown.length)
      throw new Error(
        `No read model ${unknown.join(', ')} (there are: ${readModels
          .all()
          .map((m) => m.name)
          .join(', ')})`,
      );
    // Nothing has been read yet in this process: forgetting now means the catch-up below reads the whole log.
    projections.clear(names.length ? names : readModels.all().map((m) => m.name));
    const start = performance.now();
    const timings = await readModels.warmUp(names);
    for (const { name, ms } of timings) console.log(`rebuilt ${name} in ${ms} ms`);
    console.log(JSON.stringify({ rebuilt: timings, total_ms: Math.round(performance.now() - start) }));
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
