import { Logger } from '@nestjs/common';
import { createApp } from './bootstrap';
import { importHistory } from './history/history-importer';

/** `npm run import-history`: replays data/history into the configured store; safe to run again. */
async function main(): Promise<void> {
  const app = await createApp(process.env, { logger: false });
  try {
    const result = await importHistory(app, process.argv[2]);
    Logger.log(`${result.applied} facts recorded, ${result.alreadyRecorded} already recorded, from ${result.files} files`, 'ImportHistory');
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
