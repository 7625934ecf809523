import { Allow } from '@app/http-common';
import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { StartupPhase } from './startup-phase';
import { ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, type HealthCheckResult } from '@nestjs/terminus';
import { LogAuditor, ReadModelRegistry, type ChainState } from '@app/event-store';
import { EventStoreHealthIndicator } from './event-store.health';

/** Whether the store answers (terminus's report, with the indicator `eventStore`). */
export type StoreHealth = HealthCheckResult;

export interface Liveness {
  status: 'ok';
}

/** Answered with 200 when `ready`; otherwise 503, with this as the problem's `details`. */
export interface Readiness {
  status: 'ready' | 'starting' | 'importing' | 'chain-broken';
  chain: ChainState;
  readModels: { name: string; position: string | null; behind: boolean }[];
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly eventStore: EventStoreHealthIndicator,
    private readonly readModels: ReadModelRegistry,
    private readonly startup: StartupPhase,
    private readonly auditor: LogAuditor,
  ) {}

  @Get()
  @Allow('public')
  @HealthCheck()
  @ApiOperation({ summary: 'The store is reachable' })
  check(): Promise<StoreHealth> {
    return this.health.check([() => this.eventStore.check()]);
  }

  @Get('live')
  @Allow('public')
  @ApiOperation({ summary: 'The process answers (no dependency checked)' })
  live(): Liveness {
    return { status: 'ok' };
  }

  /**
   * Ready once the recorded history is imported (on a first start, or to finish one a crash cut
   * short) and every read model has caught up with the log since start. Each read model's
   * position is reported, and whether the log has events of its streams it has not read yet (it
   * reads them at its next request). A log whose chain was found broken (at the check of its
   * tail at start, or any verification since) is not ready: `chain` names the first break.
   */
  @Get('ready')
  @Allow('public')
  @ApiOperation({ summary: 'Read models caught up since start and the store reachable; each read model’s position' })
  @ApiServiceUnavailableResponse({
    description: 'Not ready (importing, starting, chain-broken): the problem’s `details` say where it stands',
  })
  async ready(): Promise<Readiness> {
    const readModels = await Promise.all(
      this.readModels
        .all()
        .map(async (model) => ({ name: model.name, position: model.position()?.toString() ?? null, behind: await model.hasUnread() })),
    );
    const chain = this.auditor.state;
    const status =
      chain.state === 'broken' ? 'chain-broken' : this.startup.importing ? 'importing' : this.readModels.isWarm ? 'ready' : 'starting';
    const body: Readiness = { status, chain, readModels };
    if (status !== 'ready') throw new ServiceUnavailableException(body);
    return body;
  }
}
