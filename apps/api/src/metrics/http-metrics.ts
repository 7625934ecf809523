import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppMetrics } from './app-metrics';

/** Times every HTTP request by its route's pattern (`/meetings/:meetingId`), so that ids do not make a label each. */
export function measureHttp(app: NestFastifyApplication): void {
  const metrics = app.get(AppMetrics);
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onResponse', (request, reply, done) => {
      const route = request.routeOptions.url ?? 'unmatched';
      metrics.httpDuration.observe({ method: request.method, route, status: String(reply.statusCode) }, reply.elapsedTime / 1000);
      done();
    });
}
