import { Logger } from '@nestjs/common';
import { createApp } from './bootstrap';
import { loadAppConfig } from './config/app-config';

async function main(): Promise<void> {
  const config = loadAppConfig(process.env);
  const app = await createApp(config);
  await app.listen(config.port, '0.0.0.0');
  const where = config.eventStore.kind === 'embedded' ? `embedded store ${config.eventStore.path}` : 'EventStoreDB';
  Logger.log(`governance-log listening on http://localhost:${config.port} (${where}); OpenAPI at /api/docs`, 'Main');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
