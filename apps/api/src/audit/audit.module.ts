import { Module, type OnApplicationShutdown } from '@nestjs/common';
import { LogAuditor } from '@app/event-store';
import { AuditController } from './audit.controller';
import { EventsController } from './events.controller';
import { PeriodicCheckpoints, logAuditorProvider } from './log-auditing';

const controllers = [EventsController, AuditController];

@Module({ controllers, providers: [logAuditorProvider, PeriodicCheckpoints], exports: [logAuditorProvider.provide, PeriodicCheckpoints] })
export class AuditModule implements OnApplicationShutdown {
  constructor(private readonly auditor: LogAuditor) {}

  onApplicationShutdown(): Promise<void> {
    return this.auditor.close();
  }
}
