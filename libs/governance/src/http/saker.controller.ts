import { Body, Controller, Get, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CommandResult } from '@app/event-store';
import { HandleSakCommand, type SakRequest } from '../application/governance-commands';
import { GovernanceQueries } from '../application/governance-queries';
import { parseCaseNumber, sakIdOf } from '../domain/governance-terms';
import type { ExemptionScope } from '../domain/publication';
import {
  CommandGateway,
  ProvenanceDto,
  provenanceOf,
  temporal,
  TemporalQueryDto,
  Allow,
  VIEWER,
  type ViewerSource,
} from '@app/http-common';
import { audienceOf } from '../read/public-view';
import {
  AddAttachmentDto,
  AdoptDecisionDto,
  ApproveMinutesDto,
  ContinueSakDto,
  CorrectDecisionDto,
  DecisionRegisterQueryDto,
  DecisionTextDto,
  LiftExemptionDto,
  PublishSakDto,
  RecordExemptionDto,
  RegisterSakDto,
  SakRoleDto,
} from './sak.dto';

/** A recorded exemption's answer: the write, and the id the exemption is lifted by. */
export interface ExemptionRecorded extends CommandResult {
  exemptionId: string;
}

@ApiTags('governance: saker and vedtak')
@Controller()
export class SakerController {
  constructor(
    private readonly commands: CommandGateway,
    private readonly queries: GovernanceQueries,
    @Inject(VIEWER) private readonly viewers: ViewerSource,
  ) {}

  @Post('saker')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Put a sak on a meeting’s agenda; its number is unique per body and year (409 if taken)' })
  register(@Body() dto: RegisterSakDto) {
    const bodyId = dto.meetingId.replace(/-\d{4}-\d+$/, '');
    const sakId = sakIdOf(bodyId, parseCaseNumber(dto.number, 'number'));
    const { number, title, sakstype, plannedStart } = dto;
    const presenter = dto.presenter && {
      name: dto.presenter.name,
      ...(dto.presenter.organisation ? { organisation: dto.presenter.organisation } : {}),
    };
    const data = {
      sakId,
      number,
      title,
      sakstype,
      ...(presenter ? { presenter } : {}),
      ...(plannedStart ? { plannedStart } : {}),
      attachments: (dto.attachments ?? []).map((a) => ({ ...a })),
    };
    return this.send(sakId, dto, { type: 'RegisterSak', data }, dto.meetingId);
  }

  @Post('saker/:sakId/attachments')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Add an attachment (Vedlegg 1, 1A...)' })
  attach(@Param('sakId') sakId: string, @Body() dto: AddAttachmentDto) {
    return this.send(sakId, dto, { type: 'AddAttachment', data: { attachment: { ...dto.attachment } } });
  }

  @Post('saker/:sakId/roles')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Name a person in a role on the sak: presenterer, fra or saksbehandler, as a document gives it' })
  assignRole(@Param('sakId') sakId: string, @Body() dto: SakRoleDto) {
    const person = { name: dto.person.name, ...(dto.person.organisation ? { organisation: dto.person.organisation } : {}) };
    return this.send(sakId, dto, { type: 'AssignSakRole', data: { role: dto.role, person } });
  }

  @Post('saker/:sakId/continuations')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Continue the sak later in the same meeting ("2/22 forts.")' })
  continueSak(@Param('sakId') sakId: string, @Body() dto: ContinueSakDto) {
    return this.send(sakId, dto, { type: 'ContinueSak', data: { startTime: dto.startTime, ...(dto.note ? { note: dto.note } : {}) } });
  }

  @Post('saker/:sakId/proposal')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Record the forslag til vedtak (proposed decision)' })
  propose(@Param('sakId') sakId: string, @Body() dto: DecisionTextDto) {
    return this.send(sakId, dto, { type: 'ProposeDecision', data: { text: dto.text } });
  }

  @Post('saker/:sakId/vedtak')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Record the vedtak (the decision adopted); its wording may differ from the proposal' })
  adopt(@Param('sakId') sakId: string, @Body() dto: AdoptDecisionDto) {
    return this.send(sakId, dto, {
      type: 'AdoptDecision',
      data: { text: dto.text, ...(dto.adoptedOn ? { adoptedOn: dto.adoptedOn } : {}) },
    });
  }

  @Post('saker/:sakId/vedtak/corrections')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Correct a vedtak: a new event with a reason; the original stays in the log and the register' })
  correct(@Param('sakId') sakId: string, @Body() dto: CorrectDecisionDto) {
    return this.send(sakId, dto, { type: 'CorrectDecision', data: { text: dto.text, reason: dto.reason } }, undefined, dto.reason);
  }

  @Post('saker/:sakId/minutes-approval')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Record that this sak approves the referat of an earlier meeting' })
  approveMinutes(@Param('sakId') sakId: string, @Body() dto: ApproveMinutesDto) {
    return this.send(sakId, dto, { type: 'ApproveMinutes', data: { minutesOfMeetingId: dto.minutesOfMeetingId } });
  }

  @Post('saker/:sakId/publication')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Send the sak with the innkalling, or publish it: the public sees what is published (never backwards)' })
  publish(@Param('sakId') sakId: string, @Body() dto: PublishSakDto) {
    return this.send(sakId, dto, { type: 'PublishSak', data: { state: dto.state } });
  }

  @Post('saker/:sakId/vedtak/publication')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Publish the vedtak before the referat that records it is approved' })
  publishVedtak(@Param('sakId') sakId: string, @Body() dto: ProvenanceDto) {
    return this.send(sakId, dto, { type: 'PublishVedtak' });
  }

  @Post('saker/:sakId/exemptions')
  @Allow('secretariat')
  @ApiOperation({
    summary: 'Exempt the sak, a field or an attachment from the public on a legal basis (offentleglova § 14, § 15, § 24...)',
  })
  exempt(@Param('sakId') sakId: string, @Body() dto: RecordExemptionDto): Promise<ExemptionRecorded | CommandResult> {
    const scope: ExemptionScope =
      dto.scope === 'sak'
        ? { kind: 'sak' }
        : dto.scope === 'field'
          ? { kind: 'field', field: dto.field! }
          : { kind: 'attachment', name: dto.attachment! };
    const exemption = { exemptionId: this.commands.newId(), scope, legalBasis: dto.legalBasis, ...(dto.note ? { note: dto.note } : {}) };
    // The same exemption again records nothing, and so names no new exemption.
    return this.send(sakId, dto, { type: 'RecordExemption', data: exemption }).then((result) =>
      result.events.length ? { ...result, exemptionId: exemption.exemptionId } : result,
    );
  }

  @Post('saker/:sakId/exemptions/:exemptionId/lifting')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Lift an exemption, with the reason; what it withheld is public again if published' })
  lift(@Param('sakId') sakId: string, @Param('exemptionId') exemptionId: string, @Body() dto: LiftExemptionDto) {
    return this.send(sakId, dto, { type: 'LiftExemption', data: { exemptionId, reason: dto.reason } }, undefined, dto.reason);
  }

  @Get('saker/:sakId')
  @Allow('public')
  @ApiOperation({ summary: 'A sak as on a date: proposal, vedtak, corrections' })
  get(@Param('sakId') sakId: string, @Query() query: TemporalQueryDto) {
    return this.queries.sak(sakId, temporal(query), audienceOf(this.viewers.viewer()));
  }

  @Get('decisions')
  @Allow('public')
  @ApiOperation({ summary: 'The vedtak register: sak, meeting date, title, sakstype, proposal, vedtak, whether they differ, corrections' })
  decisions(@Query() query: DecisionRegisterQueryDto) {
    return this.queries.decisions(
      temporal(query),
      { bodyId: query.body, year: query.year ? Number(query.year) : undefined, sakstype: query.sakstype },
      audienceOf(this.viewers.viewer()),
    );
  }

  private send(sakId: string, dto: ProvenanceDto, request: SakRequest, meetingId?: string, reason?: string) {
    return this.commands.send((context) => new HandleSakCommand(sakId, meetingId, request, provenanceOf(dto, reason), context));
  }
}
