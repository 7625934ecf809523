import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { AuditModule } from '../audit/audit.module';
import { EventStoreHealthIndicator } from './event-store.health';
import { HealthController } from './health.controller';
import { MetricsController } from '../metrics/metrics.controller';
import { StartupPhase } from './startup-phase';

/** What an operator asks of the running app: liveness, readiness, metrics. */
@Module({
  imports: [TerminusModule, AuditModule],
  controllers: [HealthController, MetricsController],
  providers: [EventStoreHealthIndicator, StartupPhase],
  exports: [StartupPhase],
})
export class HealthModule {}
