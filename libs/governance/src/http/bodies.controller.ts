import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HandleBodyCommand } from '../application/governance-commands';
import { GovernanceQueries } from '../application/governance-queries';
import { slugOf } from '../domain/governance-terms';
import { AppointMemberDto, EstablishBodyDto, MemberLeavingDto, RenameBodyDto } from './body.dto';
import { CommandGateway, provenanceOf, temporal, TemporalQueryDto, Allow } from '@app/http-common';

@ApiTags('governance: bodies')
@Controller('bodies')
export class BodiesController {
  constructor(
    private readonly commands: CommandGateway,
    private readonly queries: GovernanceQueries,
  ) {}

  @Post()
  @Allow('secretariat')
  @ApiOperation({ summary: 'Establish a body (Nasjonalt e-helsestyre, NUIT, NUFA)' })
  establish(@Body() dto: EstablishBodyDto) {
    const { bodyId, name, shortName } = dto;
    return this.commands.send(
      (context) =>
        new HandleBodyCommand(
          bodyId,
          { type: 'EstablishBody', data: { bodyId, name, ...(shortName ? { shortName } : {}) } },
          provenanceOf(dto),
          context,
        ),
    );
  }

  @Post(':bodyId/renamings')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Rename a body from a date (e-helsestyre -> e-helseråd)' })
  rename(@Param('bodyId') bodyId: string, @Body() dto: RenameBodyDto) {
    return this.commands.send(
      (context) => new HandleBodyCommand(bodyId, { type: 'RenameBody', data: { name: dto.name } }, provenanceOf(dto, dto.reason), context),
    );
  }

  @Post(':bodyId/members')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Appoint a member or observer' })
  appoint(@Param('bodyId') bodyId: string, @Body() dto: AppointMemberDto) {
    const { memberId, name, organisation, role, title, appointedOn } = dto;
    const data = { memberId: memberId ?? slugOf(name), name, organisation, role, ...(title ? { title } : {}), appointedOn };
    return this.commands.send((context) => new HandleBodyCommand(bodyId, { type: 'AppointMember', data }, provenanceOf(dto), context));
  }

  @Post(':bodyId/members/:memberId/departure')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Record that a member or observer left' })
  leave(@Param('bodyId') bodyId: string, @Param('memberId') memberId: string, @Body() dto: MemberLeavingDto) {
    return this.commands.send(
      (context) =>
        new HandleBodyCommand(
          bodyId,
          { type: 'RecordMemberLeaving', data: { memberId, leftOn: dto.leftOn } },
          provenanceOf(dto, dto.reason),
          context,
        ),
    );
  }

  @Get()
  @Allow('public')
  @ApiOperation({ summary: 'Bodies as on a date: name, members and observers' })
  list(@Query() query: TemporalQueryDto) {
    return this.queries.bodies(temporal(query));
  }

  @Get(':bodyId')
  @Allow('public')
  @ApiOperation({ summary: 'A body as on a date: its name then, its names so far, members and observers then' })
  get(@Param('bodyId') bodyId: string, @Query() query: TemporalQueryDto) {
    return this.queries.body(bodyId, temporal(query));
  }
}
