import { Body, Controller, Get, Headers, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { HandleMeetingCommand } from '../application/governance-commands';
import { GovernanceQueries } from '../application/governance-queries';
import { meetingIdOf, parseCaseNumber } from '../domain/governance-terms';
import { minutesAsHtml, minutesAsMarkdown } from '../read/minutes';
import { AnnounceNextMeetingsDto, CancelMeetingDto, MinutesQueryDto, RecordAttendanceDto, ScheduleMeetingDto } from './meeting.dto';
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
import { BodyYearQueryDto } from './body-year-query.dto';

const MINUTES_FORMATS = { markdown: 'text/markdown; charset=utf-8', html: 'text/html; charset=utf-8' } as const;
type MinutesFormat = keyof typeof MINUTES_FORMATS;

/** `?format=` wins; otherwise the Accept header; Markdown by default. */
function minutesFormat(format: MinutesFormat | undefined, accept: string | undefined): MinutesFormat {
  return format ?? (accept?.includes('text/html') ? 'html' : 'markdown');
}

@ApiTags('governance: meetings')
@Controller('meetings')
export class MeetingsController {
  constructor(
    private readonly commands: CommandGateway,
    private readonly queries: GovernanceQueries,
    @Inject(VIEWER) private readonly viewers: ViewerSource,
  ) {}

  @Post()
  @Allow('secretariat')
  @ApiOperation({ summary: 'Schedule a meeting (møte), numbered per body and year' })
  schedule(@Body() dto: ScheduleMeetingDto) {
    const meetingId = meetingIdOf(dto.bodyId, parseCaseNumber(dto.number, 'number'));
    const { number, date, startTime, endTime, place } = dto;
    const data = {
      meetingId,
      number,
      date,
      ...(startTime ? { startTime } : {}),
      ...(endTime ? { endTime } : {}),
      ...(place ? { place } : {}),
      kind: dto.kind ?? 'ordinary',
    };
    return this.commands.send(
      (context) => new HandleMeetingCommand(meetingId, dto.bodyId, { type: 'ScheduleMeeting', data }, provenanceOf(dto), context),
    );
  }

  @Post(':meetingId/held')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Record that the meeting was held' })
  held(@Param('meetingId') meetingId: string, @Body() dto: ProvenanceDto) {
    return this.commands.send(
      (context) => new HandleMeetingCommand(meetingId, undefined, { type: 'RecordMeetingHeld' }, provenanceOf(dto), context),
    );
  }

  @Post(':meetingId/cancellation')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Cancel a planned meeting, with a reason' })
  cancel(@Param('meetingId') meetingId: string, @Body() dto: CancelMeetingDto) {
    return this.commands.send(
      (context) =>
        new HandleMeetingCommand(
          meetingId,
          undefined,
          { type: 'CancelMeeting', data: { reason: dto.reason } },
          provenanceOf(dto, dto.reason),
          context,
        ),
    );
  }

  @Post(':meetingId/attendance')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Record who was present and who sent apologies' })
  attendance(@Param('meetingId') meetingId: string, @Body() dto: RecordAttendanceDto) {
    const attendance = dto.attendance.map(({ memberId, present }) => ({ memberId, present }));
    return this.commands.send(
      (context) =>
        new HandleMeetingCommand(meetingId, undefined, { type: 'RecordAttendance', data: { attendance } }, provenanceOf(dto), context),
    );
  }

  @Post(':meetingId/next-meetings')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Record the dates of coming meetings announced at this one' })
  nextMeetings(@Param('meetingId') meetingId: string, @Body() dto: AnnounceNextMeetingsDto) {
    const meetings = dto.meetings.map(({ date, bodyId, note }) => ({ date, ...(bodyId ? { bodyId } : {}), ...(note ? { note } : {}) }));
    return this.commands.send(
      (context) =>
        new HandleMeetingCommand(meetingId, undefined, { type: 'AnnounceNextMeetings', data: { meetings } }, provenanceOf(dto), context),
    );
  }

  @Post(':meetingId/minutes/publication')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Publish the referat before it is approved (an approved referat is public anyway)' })
  publishMinutes(@Param('meetingId') meetingId: string, @Body() dto: ProvenanceDto) {
    return this.commands.send(
      (context) => new HandleMeetingCommand(meetingId, undefined, { type: 'PublishMinutes' }, provenanceOf(dto), context),
    );
  }

  @Get()
  @Allow('public')
  @ApiOperation({ summary: 'Meetings as on a date, oldest first' })
  list(@Query() query: BodyYearQueryDto) {
    return this.queries.meetings(
      temporal(query),
      { bodyId: query.body, year: query.year ? Number(query.year) : undefined },
      audienceOf(this.viewers.viewer()),
    );
  }

  @Get(':meetingId')
  @Allow('public')
  @ApiOperation({ summary: 'A meeting: agenda in order, saker with proposals and vedtak, presenters, attendance' })
  get(@Param('meetingId') meetingId: string, @Query() query: TemporalQueryDto) {
    return this.queries.meeting(meetingId, temporal(query), audienceOf(this.viewers.viewer()));
  }

  @Get(':meetingId/minutes')
  @Allow('public')
  @ApiOperation({ summary: 'The referat, generated from the log, in Norwegian' })
  @ApiProduces(...Object.values(MINUTES_FORMATS))
  async minutes(
    @Param('meetingId') meetingId: string,
    @Query() query: MinutesQueryDto,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) reply: { header(name: string, value: string): unknown },
  ): Promise<string> {
    const chosen = minutesFormat(query.format, accept);
    const meeting = await this.queries.minutes(meetingId, temporal(query), audienceOf(this.viewers.viewer()));
    reply.header('content-type', MINUTES_FORMATS[chosen]);
    return chosen === 'html' ? minutesAsHtml(meeting) : minutesAsMarkdown(meeting);
  }
}
