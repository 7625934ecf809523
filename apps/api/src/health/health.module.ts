import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { EventStoreHealthIndicator } from './event-store.health';
import { HealthController } from './health.controller';
import { StartupPhase } from './startup-phase';

@Module({
  imports: [TerminusModule],
  controllers: [HealthController],
  providers: [EventStoreHealthIndicator, StartupPhase],
  exports: [StartupPhase],
})
export class HealthModule {}
