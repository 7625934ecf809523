import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { findingsCommandHandlers } from './application/findings-commands';
import { FindingsReadModel } from './application/findings-read-model';
import { FindingsController } from './http/findings.controller';

const providers = [FindingsReadModel, ...findingsCommandHandlers];

/** The findings context: Riksrevisjonen's reports, graded findings, follow-up assignments. */
@Module({ imports: [CqrsModule], controllers: [FindingsController], providers })
export class FindingsModule {}
