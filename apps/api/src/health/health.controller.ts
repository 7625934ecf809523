import { Allow } from '@app/http-common';
import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService } from '@nestjs/terminus';
import { ReadModelRegistry } from '@app/event-store';
import { EventStoreHealthIndicator } from './event-store.health';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly eventStore: EventStoreHealthIndicator,
    private readonly readModels: ReadModelRegistry,
  ) {}

  @Get()
  @Allow('public')
  @HealthCheck()
  @ApiOperation({ summary: 'The store is reachable' })
  check() {
    return this.health.check([() => this.eventStore.check()]);
  }

  @Get('live')
  @Allow('public')
  @ApiOperation({ summary: 'The process answers (no dependency checked)' })
  live() {
    return { status: 'ok' };
  }

  /**
   * Ready once every read model has caught up with the log since start (main.ts does that
   * before it listens). Each read model's position is reported, and whether the log has events
   * of its streams it has not read yet (it reads them at its next request).
   */
  @Get('ready')
  @Allow('public')
  @ApiOperation({ summary: 'Read models caught up since start and the store reachable; each read model’s position' })
  async ready() {
    const readModels = await Promise.all(
      this.readModels
        .all()
        .map(async (model) => ({ name: model.name, position: model.position()?.toString() ?? null, behind: await model.hasUnread() })),
    );
    const body = { status: this.readModels.isWarm ? 'ready' : 'starting', readModels };
    if (!this.readModels.isWarm) throw new ServiceUnavailableException(body);
    return body;
  }
}
