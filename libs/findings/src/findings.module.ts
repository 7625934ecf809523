import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { FindingsCommandHandler, References } from './application/findings-commands';
import { FindingsReadModel } from './application/findings-read-model';
import { FindingsController } from './http/findings.controller';

const providers = [References, FindingsReadModel, FindingsCommandHandler];

/** The findings context: Riksrevisjonen's reports, graded findings, follow-up assignments. */
@Module({ imports: [CqrsModule], controllers: [FindingsController], providers })
export class FindingsModule {}
