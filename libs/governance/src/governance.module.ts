import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { DeciderRunner, EventLog } from '@app/event-store';
import { governanceCommandHandlers } from './application/governance-commands';
import { GovernanceQueries } from './application/governance-queries';
import { BodiesController } from './http/bodies.controller';
import { MeetingsController } from './http/meetings.controller';
import { SakerController } from './http/saker.controller';
import { CommandGateway } from '@app/http-common';

const controllers = [BodiesController, MeetingsController, SakerController];
const providers = [
  { provide: DeciderRunner, inject: [EventLog], useFactory: (log: EventLog) => new DeciderRunner(log) },
  CommandGateway,
  GovernanceQueries,
  ...governanceCommandHandlers,
];

/**
 * The governance context: bodies, meetings, saker, forslag til vedtak and vedtak. Needs the
 * EventLog, EVENT_STORE, CLOCK and RECORDING_CONTEXT from the app that imports it.
 */
@Module({ imports: [CqrsModule], controllers, providers })
export class GovernanceModule {}
