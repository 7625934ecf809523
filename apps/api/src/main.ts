import { Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { createApp } from './bootstrap';
import type { AppConfig } from './config/app-config';

async function main(): Promise<void> {
  const app = await createApp(process.env);
  const config = app.get<ConfigService<AppConfig, true>>(ConfigService);
  const port = config.get('port', { infer: true });
  const store = config.get('eventStore', { infer: true });
  await app.listen(port, '0.0.0.0');
  const where = store.kind === 'embedded' ? `embedded store ${store.path}` : 'EventStoreDB';
  Logger.log(`governance-log listening on http://localhost:${port} (${where}); OpenAPI at /api/docs`, 'Main');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
