import { Body, Controller, Get, Header, Injectable, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CommandGateway, ProvenanceDto, TemporalQueryDto, provenanceOf, temporal, Allow } from '@app/http-common';
import { strategyCommand, type StrategyRequest } from '../application/strategy-commands';
import { StrategyReadModel } from '../application/strategy-read-model';
import {
  AdoptVisionDto,
  ChangeAreaDto,
  DependencyDto,
  DiffQueryDto,
  DraftGoalDto,
  GoalDescriptionDto,
  InputCountDto,
  InputIdsDto,
  InputsDto,
  KpiDto,
  LineageQueryDto,
  LinkedItemDto,
  MeasureDto,
  MergeChangeAreaDto,
  MergeGoalDto,
  MoveGoalDto,
  NameDto,
  OpenRoundDto,
  PrincipleDto,
  ReasonDto,
  RenumberGoalDto,
  RewordGoalDto,
  SplitGoalDto,
  TextDto,
  ThemeDto,
  VisionDraftDto,
  VotesDto,
  WorkshopDto,
  WorkshopRefDto,
} from './strategy.dto';

/** Sends a strategy request with the DTO's provenance and the request's actor. */
@Injectable()
abstract class StrategyWrites {
  constructor(protected readonly commands: CommandGateway) {}

  protected send(request: StrategyRequest, dto: ProvenanceDto, reason?: string) {
    return this.commands.send((context) => strategyCommand(request, provenanceOf(dto, reason), context));
  }
}

@ApiTags('strategy: vision, principles, themes')
@Controller()
export class StrategyFrameController extends StrategyWrites {
  @Post('strategy/vision/drafts')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Propose a working draft of the vision (arbeidsutkast)' })
  draft(@Body() dto: VisionDraftDto) {
    return this.send({ aggregate: 'vision', command: { type: 'ProposeVisionDraft', data: { draftId: dto.draftId, text: dto.text } } }, dto);
  }

  @Post('strategy/vision')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Adopt the vision (name the deciding sak in decidedIn)' })
  adopt(@Body() dto: AdoptVisionDto) {
    return this.send(
      { aggregate: 'vision', command: { type: 'AdoptVision', data: { text: dto.text, ...(dto.draftId ? { draftId: dto.draftId } : {}) } } },
      dto,
    );
  }

  @Post('strategy/ambitions')
  @Allow('secretariat')
  @ApiOperation({ summary: 'State an ambition for the strategy' })
  ambition(@Body() dto: TextDto) {
    return this.send({ aggregate: 'vision', command: { type: 'StateAmbition', data: { text: dto.text } } }, dto);
  }

  @Post('strategy/principles')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Define an evaluation principle with its check questions' })
  principle(@Body() dto: PrincipleDto) {
    const data = { name: dto.name, ...(dto.description ? { description: dto.description } : {}), questions: [...dto.questions] };
    return this.send({ aggregate: 'vision', command: { type: 'DefinePrinciple', data } }, dto);
  }

  @Post('themes')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Define a strategic theme' })
  defineTheme(@Body() dto: ThemeDto) {
    const data = { themeCode: dto.themeCode, name: dto.name, ...(dto.subtitle ? { subtitle: dto.subtitle } : {}) };
    return this.send({ aggregate: 'theme', themeCode: dto.themeCode, command: { type: 'DefineTheme', data } }, dto);
  }

  @Post('themes/:themeCode/renamings')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Rename a theme' })
  renameTheme(@Param('themeCode') themeCode: string, @Body() dto: NameDto) {
    return this.send({ aggregate: 'theme', themeCode, command: { type: 'RenameTheme', data: { name: dto.name } } }, dto);
  }

  @Post('themes/:themeCode/retirement')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Retire a theme' })
  retireTheme(@Param('themeCode') themeCode: string, @Body() dto: ReasonDto) {
    return this.send({ aggregate: 'theme', themeCode, command: { type: 'RetireTheme' } }, dto, dto.reason);
  }
}

@ApiTags('strategy: workshops, inputs, change areas')
@Controller()
export class PipelineController extends StrategyWrites {
  @Post('workshops')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Record a workshop (arbeidsmøte)' })
  workshop(@Body() dto: WorkshopDto) {
    const data = {
      workshopId: dto.workshopId,
      title: dto.title,
      date: dto.date,
      organisations: [...(dto.organisations ?? [])],
      ...(dto.sessions ? { sessions: dto.sessions } : {}),
    };
    return this.send({ aggregate: 'workshop', workshopId: dto.workshopId, command: { type: 'HoldWorkshop', data } }, dto);
  }

  @Post('workshops/:workshopId/inputs')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Register inputs (innspill), one or hundreds at once' })
  inputs(@Param('workshopId') workshopId: string, @Body() dto: InputsDto) {
    const inputs = dto.inputs.map(({ inputId, text, organisation }) => ({ inputId, text, ...(organisation ? { organisation } : {}) }));
    return this.send({ aggregate: 'workshop', workshopId, command: { type: 'RegisterInputs', data: { inputs } } }, dto);
  }

  @Post('workshops/:workshopId/input-count')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Record inputs known only by their number ("400 innspill")' })
  inputCount(@Param('workshopId') workshopId: string, @Body() dto: InputCountDto) {
    return this.send(
      {
        aggregate: 'workshop',
        workshopId,
        command: { type: 'CountInputs', data: { count: dto.count, ...(dto.note ? { note: dto.note } : {}) } },
      },
      dto,
    );
  }

  @Post('change-areas')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Identify a change area (endringsområde) with its Fra.. and Til.. texts' })
  changeArea(@Body() dto: ChangeAreaDto) {
    const data = { changeAreaId: dto.changeAreaId, name: dto.name, fra: dto.fra, til: dto.til };
    return this.send({ aggregate: 'change-area', changeAreaId: dto.changeAreaId, command: { type: 'IdentifyChangeArea', data } }, dto);
  }

  @Post('change-areas/:changeAreaId/inputs')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Merge inputs into the change area' })
  mergeInputs(@Param('changeAreaId') changeAreaId: string, @Body() dto: InputIdsDto) {
    return this.send(
      { aggregate: 'change-area', changeAreaId, command: { type: 'MergeInputs', data: { inputIds: [...dto.inputIds] } } },
      dto,
    );
  }

  @Post('change-areas/:changeAreaId/workshop-inputs')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Record that the change area was formed from a workshop’s inputs known only by number' })
  mergeWorkshopInputs(@Param('changeAreaId') changeAreaId: string, @Body() dto: WorkshopRefDto) {
    return this.send(
      { aggregate: 'change-area', changeAreaId, command: { type: 'MergeWorkshopInputs', data: { workshopId: dto.workshopId } } },
      dto,
    );
  }

  @Post('change-areas/:changeAreaId/merge')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Merge the change area into another' })
  mergeArea(@Param('changeAreaId') changeAreaId: string, @Body() dto: MergeChangeAreaDto) {
    return this.send(
      {
        aggregate: 'change-area',
        changeAreaId,
        command: { type: 'MergeChangeAreaInto', data: { intoChangeAreaId: dto.intoChangeAreaId } },
      },
      dto,
    );
  }
}

@ApiTags('strategy: goals')
@Controller('goals')
export class GoalsController extends StrategyWrites {
  constructor(
    commands: CommandGateway,
    private readonly reads: StrategyReadModel,
  ) {
    super(commands);
  }

  @Post()
  @Allow('secretariat')
  @ApiOperation({ summary: 'Draft a goal from change areas, or derived from other goals' })
  draft(@Body() dto: DraftGoalDto) {
    const { goalId, code, title, themeCode, description, hvorErVi, hvorSkalVi } = dto;
    const data = {
      goalId,
      code,
      title,
      themeCode,
      ...(description ? { description } : {}),
      ...(hvorErVi ? { hvorErVi } : {}),
      ...(hvorSkalVi ? { hvorSkalVi } : {}),
      fromChangeAreas: [...(dto.fromChangeAreas ?? [])],
      derivedFromGoals: [...(dto.derivedFromGoals ?? [])],
    };
    return this.send({ aggregate: 'goal', goalId, command: { type: 'DraftGoal', data } }, dto);
  }

  @Post(':goalId/rewordings')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Reword a goal; the old wording stays in the log' })
  reword(@Param('goalId') goalId: string, @Body() dto: RewordGoalDto) {
    return this.send({ aggregate: 'goal', goalId, command: { type: 'RewordGoal', data: { title: dto.title } } }, dto, dto.reason);
  }

  @Post(':goalId/renumberings')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Give a goal another number (3.3 <-> 3.4)' })
  renumber(@Param('goalId') goalId: string, @Body() dto: RenumberGoalDto) {
    return this.send({ aggregate: 'goal', goalId, command: { type: 'RenumberGoal', data: { code: dto.code } } }, dto);
  }

  @Post(':goalId/moves')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Move a goal to another theme' })
  move(@Param('goalId') goalId: string, @Body() dto: MoveGoalDto) {
    return this.send({ aggregate: 'goal', goalId, command: { type: 'MoveGoal', data: { themeCode: dto.themeCode } } }, dto);
  }

  @Post(':goalId/description')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Describe a goal: description, "Hvor er vi?", "Hvor skal vi?"' })
  describe(@Param('goalId') goalId: string, @Body() dto: GoalDescriptionDto) {
    const { description, hvorErVi, hvorSkalVi } = dto;
    const data = { ...(description ? { description } : {}), ...(hvorErVi ? { hvorErVi } : {}), ...(hvorSkalVi ? { hvorSkalVi } : {}) };
    return this.send({ aggregate: 'goal', goalId, command: { type: 'DescribeGoal', data } }, dto);
  }

  @Post(':goalId/prioritisation')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Prioritise a goal' })
  prioritise(@Param('goalId') goalId: string, @Body() dto: ProvenanceDto) {
    return this.send({ aggregate: 'goal', goalId, command: { type: 'PrioritiseGoal' } }, dto);
  }

  @Post(':goalId/deprioritisation')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Take a goal out of the prioritised ones' })
  deprioritise(@Param('goalId') goalId: string, @Body() dto: ProvenanceDto) {
    return this.send({ aggregate: 'goal', goalId, command: { type: 'DeprioritiseGoal' } }, dto);
  }

  @Post(':goalId/merge')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Merge a goal into another (one call per merged goal)' })
  merge(@Param('goalId') goalId: string, @Body() dto: MergeGoalDto) {
    return this.send({ aggregate: 'goal', goalId, command: { type: 'MergeGoalInto', data: { intoGoalId: dto.intoGoalId } } }, dto);
  }

  @Post(':goalId/split')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Split a goal into goals drafted as derived from it' })
  split(@Param('goalId') goalId: string, @Body() dto: SplitGoalDto) {
    return this.send({ aggregate: 'goal', goalId, command: { type: 'SplitGoal', data: { intoGoalIds: [...dto.intoGoalIds] } } }, dto);
  }

  @Post(':goalId/retirement')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Retire a goal, with a reason' })
  retire(@Param('goalId') goalId: string, @Body() dto: ReasonDto) {
    return this.send({ aggregate: 'goal', goalId, command: { type: 'RetireGoal', data: { reason: dto.reason } } }, dto, dto.reason);
  }

  @Post(':goalId/dependencies')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Record that a goal depends on another' })
  dependency(@Param('goalId') goalId: string, @Body() dto: DependencyDto) {
    return this.send(
      { aggregate: 'goal', goalId, command: { type: 'AddDependency', data: { dependsOnGoalId: dto.dependsOnGoalId } } },
      dto,
    );
  }

  @Post(':goalId/measures')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Add a measure (tiltak), numbered under the goal' })
  measure(@Param('goalId') goalId: string, @Body() dto: MeasureDto) {
    return this.send(
      { aggregate: 'goal', goalId, command: { type: 'AddMeasure', data: { measureCode: dto.measureCode, title: dto.title } } },
      dto,
    );
  }

  @Post(':goalId/linked-items')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Link an existing portfolio or roadmap item' })
  link(@Param('goalId') goalId: string, @Body() dto: LinkedItemDto) {
    return this.send({ aggregate: 'goal', goalId, command: { type: 'LinkItem', data: { kind: dto.kind, name: dto.name } } }, dto);
  }

  @Post(':goalId/kpis')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Define a KPI for the goal' })
  kpi(@Param('goalId') goalId: string, @Body() dto: KpiDto) {
    const data = {
      name: dto.name,
      unit: dto.unit,
      ...(dto.target !== undefined ? { target: dto.target } : {}),
      ...(dto.description ? { description: dto.description } : {}),
    };
    return this.send({ aggregate: 'goal', goalId, command: { type: 'DefineKpi', data } }, dto);
  }

  @Get(':goalId')
  @Allow('public')
  @ApiOperation({ summary: 'A goal as on a date' })
  get(@Param('goalId') goalId: string, @Query() query: TemporalQueryDto) {
    return this.reads.goal(goalId, temporal(query));
  }

  @Get(':goalId/history')
  @Allow('public')
  @ApiOperation({ summary: 'Every event that touched the goal, with actor, dates, source and deciding sak' })
  history(@Param('goalId') goalId: string, @Query() query: TemporalQueryDto) {
    return this.reads.history(goalId, temporal(query));
  }

  @Get(':goalId/lineage')
  @Allow('public')
  @ApiOperation({ summary: 'The goal’s lineage: up to the inputs it comes from, or down to the goals it became' })
  lineage(@Param('goalId') goalId: string, @Query() query: LineageQueryDto) {
    return this.reads.lineage('goal', goalId, query.direction ?? 'up', temporal(query));
  }
}

@ApiTags('strategy: prioritisation rounds')
@Controller('prioritisation-rounds')
export class RoundsController extends StrategyWrites {
  constructor(
    commands: CommandGateway,
    private readonly reads: StrategyReadModel,
  ) {
    super(commands);
  }

  @Post()
  @Allow('secretariat')
  @ApiOperation({ summary: 'Open a round: votes per member per theme, and the goals in it' })
  open(@Body() dto: OpenRoundDto) {
    const data = {
      roundId: dto.roundId,
      title: dto.title,
      date: dto.date,
      ...(dto.bodyId ? { bodyId: dto.bodyId } : {}),
      allocation: { ...dto.allocation },
      goals: [],
    };
    return this.send({ aggregate: 'round', roundId: dto.roundId, command: { type: 'OpenRound', data }, goalIds: [...dto.goalIds] }, dto);
  }

  @Post(':roundId/votes')
  @Allow('secretariat', 'member')
  @ApiOperation({ summary: 'Record a member’s votes' })
  vote(@Param('roundId') roundId: string, @Body() dto: VotesDto) {
    const votes = dto.votes.map(({ goalId, count }) => ({ goalId, count }));
    return this.send({ aggregate: 'round', roundId, command: { type: 'CastVotes', data: { memberId: dto.memberId, votes } } }, dto);
  }

  @Post(':roundId/closing')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Close the round and fix the tally' })
  close(@Param('roundId') roundId: string, @Body() dto: ProvenanceDto) {
    return this.send({ aggregate: 'round', roundId, command: { type: 'CloseRound' } }, dto);
  }

  @Get(':roundId')
  @Allow('public')
  @ApiOperation({ summary: 'Allocation, votes and tally per goal and theme' })
  get(@Param('roundId') roundId: string, @Query() query: TemporalQueryDto) {
    return this.reads.round(roundId, temporal(query));
  }
}

@ApiTags('strategy: reads')
@Controller()
export class PipelineLineageController {
  constructor(private readonly reads: StrategyReadModel) {}

  @Get('change-areas/:changeAreaId/lineage')
  @Allow('public')
  @ApiOperation({ summary: 'A change area’s lineage: down to the goals it led to (default), or up to its inputs' })
  changeArea(@Param('changeAreaId') changeAreaId: string, @Query() query: LineageQueryDto) {
    return this.reads.lineage('change-area', changeAreaId, query.direction ?? 'down', temporal(query));
  }

  @Get('workshops/:workshopId/lineage')
  @Allow('public')
  @ApiOperation({ summary: 'Where a workshop’s inputs went: the change areas formed from them and the goals they led to' })
  workshop(@Param('workshopId') workshopId: string, @Query() query: LineageQueryDto) {
    return this.reads.lineage('input-count', workshopId, 'down', temporal(query));
  }
}

@ApiTags('strategy: reads')
@Controller('strategy')
export class StrategyReadsController {
  constructor(private readonly reads: StrategyReadModel) {}

  @Get()
  @Allow('public')
  @ApiOperation({
    summary: 'The strategy as on a date: vision, principles, themes with goals, prioritised goals, change areas, funnel counts',
  })
  // The read model answers with the JSON itself (it keeps answers made before: see strategyJson).
  @Header('Content-Type', 'application/json; charset=utf-8')
  strategy(@Query() query: TemporalQueryDto) {
    return this.reads.strategyJson(temporal(query));
  }

  @Get('diff')
  @Allow('public')
  @ApiOperation({ summary: 'Goals added, removed, reworded, renumbered, moved, merged, split, (de)prioritised between two dates' })
  diff(@Query() query: DiffQueryDto) {
    return this.reads.diff(query.from, query.to, query.knownAt);
  }
}
