import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { HandleBodyCommand } from '../application/governance-commands';
import { GovernanceQueries } from '../application/governance-queries';
import { slugOf } from '../domain/governance-terms';
import { AppointMemberDto, EstablishBodyDto, MemberLeavingDto, RenameBodyDto } from './body.dto';
import { CommandGateway, provenanceOf, temporal, TemporalQueryDto } from '@app/http-common';

const WRITE = 'Who is recording (required on writes)';

@ApiTags('governance: bodies')
@ApiHeader({ name: 'X-Actor', description: WRITE, required: false })
@Controller('bodies')
export class BodiesController {
  constructor(
    private readonly commands: CommandGateway,
    private readonly queries: GovernanceQueries,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Establish a body (Nasjonalt e-helsestyre, NUIT, NUFA)' })
  @ApiCreatedResponse({ description: '{ id, streamId, revision, position, events }' })
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
  @ApiOperation({ summary: 'Rename a body from a date (e-helsestyre -> e-helseråd)' })
  rename(@Param('bodyId') bodyId: string, @Body() dto: RenameBodyDto) {
    return this.commands.send(
      (context) => new HandleBodyCommand(bodyId, { type: 'RenameBody', data: { name: dto.name } }, provenanceOf(dto, dto.reason), context),
    );
  }

  @Post(':bodyId/members')
  @ApiOperation({ summary: 'Appoint a member or observer' })
  appoint(@Param('bodyId') bodyId: string, @Body() dto: AppointMemberDto) {
    const { memberId, name, organisation, role, title, appointedOn } = dto;
    const data = { memberId: memberId ?? slugOf(name), name, organisation, role, ...(title ? { title } : {}), appointedOn };
    return this.commands.send((context) => new HandleBodyCommand(bodyId, { type: 'AppointMember', data }, provenanceOf(dto), context));
  }

  @Post(':bodyId/members/:memberId/departure')
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
  @ApiOperation({ summary: 'Bodies as on a date: name, members and observers' })
  list(@Query() query: TemporalQueryDto) {
    return this.queries.bodies(temporal(query));
  }

  @Get(':bodyId')
  @ApiOperation({ summary: 'A body as on a date: its name then, its names so far, members and observers then' })
  get(@Param('bodyId') bodyId: string, @Query() query: TemporalQueryDto) {
    return this.queries.body(bodyId, temporal(query));
  }
}
