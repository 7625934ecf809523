import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { AuditModule } from '../audit/audit.module';
import { EventStoreHealthIndicator } from './event-store.health';
import { HealthController } from './health.controller';
import { StartupPhase } from './startup-phase';

@Module({
  imports: [TerminusModule, AuditModule],
  controllers: [HealthController],
  providers: [EventStoreHealthIndicator, StartupPhase],
  exports: [StartupPhase],
})
export class HealthModule {}
