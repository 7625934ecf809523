import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { SourcesCommandHandler } from './application/sources-commands';
import { SourcesController } from './http/sources.controller';

/**
 * The sources context: the document register and recorded disagreements between sources.
 * The SourceRegister itself is provided by the app (the command path needs it for every
 * write), so this module has only its handler and controller.
 */
@Module({ imports: [CqrsModule], controllers: [SourcesController], providers: [SourcesCommandHandler] })
export class SourcesModule {}
