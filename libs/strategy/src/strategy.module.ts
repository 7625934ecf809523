import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { strategyCommandHandlers } from './application/strategy-commands';
import { StrategyReadModel } from './application/strategy-read-model';
import {
  GoalsController,
  PipelineController,
  PipelineLineageController,
  RoundsController,
  StrategyFrameController,
  StrategyReadsController,
} from './http/strategy.controllers';

const controllers = [
  StrategyReadsController,
  StrategyFrameController,
  PipelineController,
  PipelineLineageController,
  GoalsController,
  RoundsController,
];
const providers = [StrategyReadModel, ...strategyCommandHandlers];

/** The strategy context: vision, themes, inputs, change areas, goals, prioritisation rounds. */
@Module({ imports: [CqrsModule], controllers, providers })
export class StrategyModule {}
