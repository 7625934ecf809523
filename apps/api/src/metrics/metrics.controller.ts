import { Controller, Get, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ReadModelRegistry } from '@app/event-store';
import { Allow } from '@app/http-common';
import { AppMetrics } from './app-metrics';

@ApiTags('operations')
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: AppMetrics,
    private readonly readModels: ReadModelRegistry,
  ) {}

  @Get()
  @Allow('admin', 'auditor')
  @ApiOperation({ summary: 'Metrics for Prometheus: HTTP latency by route, append latency, store errors by kind, read model lag' })
  @ApiProduces('text/plain')
  async scrape(@Res({ passthrough: true }) reply: { header(name: string, value: string): unknown }): Promise<string> {
    // How far each read model has read is asked when scraped, not kept up to date in between.
    for (const model of this.readModels.all()) {
      const position = model.position();
      if (position !== undefined) this.metrics.readModelPosition.set({ name: model.name }, Number(position));
      this.metrics.readModelBehind.set({ name: model.name }, (await model.hasUnread()) ? 1 : 0);
    }
    reply.header('content-type', this.metrics.registry.contentType);
    return this.metrics.registry.metrics();
  }
}
