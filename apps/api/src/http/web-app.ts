import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Where `npm run build` puts the web app (apps/web, built by Vite). */
export const WEB_APP_DIR = join(process.cwd(), 'dist/web');

/**
 * Serves the web app at /ui/ from the API's own process (same origin, nothing else to start):
 * its built files, and its page for every other path under /ui/ (the app reads the path). Its
 * pages are for everyone; what each reader may see is the API's to decide, as for any client.
 * Without a build, /ui/ says how to make one.
 */
export async function serveWebApp(app: NestFastifyApplication, dir = WEB_APP_DIR): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance();
  if (!existsSync(join(dir, 'index.html'))) {
    fastify.get('/ui/*', async (_request, reply) =>
      reply.code(503).type('text/plain; charset=utf-8').send('The web app is not built: run npm run build (npm start does)'),
    );
    return;
  }
  await app.register(fastifyStatic, { root: dir, prefix: '/ui/', wildcard: false, index: false });
  const page = (_request: unknown, reply: { sendFile(name: string): unknown }) => reply.sendFile('index.html');
  fastify.get('/ui', page);
  fastify.get('/ui/', page);
  fastify.get('/ui/*', page);
}
