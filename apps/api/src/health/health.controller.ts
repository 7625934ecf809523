import { Controller, Get, Inject, ServiceUnavailableException } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService } from '@nestjs/terminus';
import { EVENT_STORE, ReadModelRegistry, type EventStore } from '@app/event-store';
import { EventStoreHealthIndicator } from './event-store.health';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly eventStore: EventStoreHealthIndicator,
    private readonly readModels: ReadModelRegistry,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  @Get()
  @HealthCheck()
  @ApiOperation({ summary: 'The store is reachable' })
  check() {
    return this.health.check([() => this.eventStore.check()]);
  }

  @Get('live')
  @ApiOperation({ summary: 'The process answers (no dependency checked)' })
  live() {
    return { status: 'ok' };
  }

  /**
   * Ready once every read model has caught up with the log since start (main.ts does that
   * before it listens) and the store answers. Each read model's position is reported, and
   * whether the log has events it has not read yet (it reads them at its next request).
   */
  @Get('ready')
  @ApiOperation({ summary: 'Read models caught up since start and the store reachable; each read model’s position' })
  async ready() {
    const readModels = await Promise.all(
      this.readModels.all().map(async (model) => {
        const position = model.position();
        const newer = await this.store.readAll({ after: position, maxCount: 1 });
        return { name: model.name, position: position?.toString() ?? null, behind: newer.length > 0 };
      }),
    );
    const body = { status: this.readModels.isWarm ? 'ready' : 'starting', readModels };
    if (!this.readModels.isWarm) throw new ServiceUnavailableException(body);
    return body;
  }
}
