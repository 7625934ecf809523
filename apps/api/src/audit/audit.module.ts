import { Module } from '@nestjs/common';
import { AuditController } from './audit.controller';
import { EventsController } from './events.controller';

const controllers = [EventsController, AuditController];

@Module({ controllers })
export class AuditModule {}
