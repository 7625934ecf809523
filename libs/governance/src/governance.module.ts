import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { governanceCommandHandlers } from './application/governance-commands';
import { GovernanceQueries } from './application/governance-queries';
import { BodiesController } from './http/bodies.controller';
import { MeetingsController } from './http/meetings.controller';
import { SakerController } from './http/saker.controller';

const controllers = [BodiesController, MeetingsController, SakerController];
const providers = [GovernanceQueries, ...governanceCommandHandlers];

/**
 * The governance context: bodies, meetings, saker, forslag til vedtak and vedtak. Needs the
 * DeciderRunner, EVENT_STORE, CLOCK and CommandGateway from the app that imports it.
 */
@Module({ imports: [CqrsModule], controllers, providers, exports: [GovernanceQueries] })
export class GovernanceModule {}
