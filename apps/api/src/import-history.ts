import { createApp } from './bootstrap';
import { describeImport, importHistory } from './history/history-importer';

/**
 * `npm run import-history [dir]`: replays data/history into the configured store; safe to run
 * again. Prints what it did and exits non-zero if any step conflicts with the record or fails.
 */
async function main(): Promise<void> {
  const app = await createApp(process.env, { logger: false });
  try {
    const result = await importHistory(app, process.argv[2]);
    for (const line of describeImport(result)) console.log(line);
    if (result.conflicts.length || result.failures.length) process.exitCode = 1;
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
