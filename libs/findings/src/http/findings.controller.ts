import { Body, Controller, Get, Headers, Param, Post, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CommandGateway, ProvenanceDto, TemporalQueryDto, provenanceOf, temporal, Allow } from '@app/http-common';
import { findingsCommand, type FindingsRequest } from '../application/findings-commands';
import { FindingsReadModel } from '../application/findings-read-model';
import { reportAsCsv, reportAsMarkdown } from '../read/findings-report';
import { AssignmentDto, AuditReportDto, FindingDto, LinksDto, ReportQueryDto, StatusDto } from './findings.dto';

const FORMATS = {
  json: 'application/json; charset=utf-8',
  markdown: 'text/markdown; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
} as const;
type Format = keyof typeof FORMATS;

/** `?format=` wins; otherwise the Accept header; JSON by default. */
function formatOf(format: Format | undefined, accept = ''): Format {
  return format ?? (accept.includes('text/csv') ? 'csv' : accept.includes('text/markdown') ? 'markdown' : 'json');
}

const linksOf = (dto: LinksDto) => dto.links.map(({ kind, ref, note }) => ({ kind, ref, ...(note ? { note } : {}) }));

@ApiTags('findings: Riksrevisjonen and follow-up')
@Controller()
export class FindingsController {
  constructor(
    private readonly commands: CommandGateway,
    private readonly reads: FindingsReadModel,
  ) {}

  @Post('audit-reports')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Register a Riksrevisjonen report (and the sak where it was presented)' })
  registerReport(@Body() dto: AuditReportDto) {
    const { reportId, title, kind, publishedOn, presentedIn } = dto;
    const data = { reportId, title, kind, publishedOn, ...(presentedIn ? { presentedIn } : {}) };
    return this.send({ aggregate: 'report', reportId, command: { type: 'RegisterAuditReport', data } }, dto);
  }

  @Post('findings')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Record a graded finding of a report' })
  recordFinding(@Body() dto: FindingDto) {
    const { findingId, reportId, grade, text, concerns } = dto;
    return this.send(
      {
        aggregate: 'finding',
        findingId,
        command: { type: 'RecordFinding', data: { findingId, reportId, grade, text, ...(concerns ? { concerns } : {}) } },
      },
      dto,
    );
  }

  @Post('findings/:findingId/links')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Link a finding to saker, goals or measures (404 naming any that does not exist)' })
  linkFinding(@Param('findingId') findingId: string, @Body() dto: LinksDto) {
    return this.send({ aggregate: 'finding', findingId, command: { type: 'LinkFinding', data: { links: linksOf(dto) } } }, dto);
  }

  @Post('assignments')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Record a follow-up assignment and the findings it answers' })
  giveAssignment(@Body() dto: AssignmentDto) {
    const { assignmentId, title, givenIn, owner, dueOn } = dto;
    const data = { assignmentId, title, givenIn, owner, ...(dueOn ? { dueOn } : {}), answersFindings: [...dto.answersFindings] };
    return this.send({ aggregate: 'assignment', assignmentId, command: { type: 'GiveAssignment', data } }, dto);
  }

  @Post('assignments/:assignmentId/links')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Link an assignment to saker, goals or measures' })
  linkAssignment(@Param('assignmentId') assignmentId: string, @Body() dto: LinksDto) {
    return this.send({ aggregate: 'assignment', assignmentId, command: { type: 'LinkAssignment', data: { links: linksOf(dto) } } }, dto);
  }

  @Post('assignments/:assignmentId/status-reports')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Report an assignment’s status (not started, in progress, done, dropped)' })
  reportStatus(@Param('assignmentId') assignmentId: string, @Body() dto: StatusDto) {
    const { status, reportedOn, text, reportedIn } = dto;
    return this.send(
      {
        aggregate: 'assignment',
        assignmentId,
        command: { type: 'ReportStatus', data: { status, reportedOn, text, ...(reportedIn ? { reportedIn } : {}) } },
      },
      dto,
    );
  }

  @Get('findings/report')
  @Allow('public')
  @ApiOperation({
    summary:
      'The follow-up report: per finding, assignments and their latest status, links; findings without follow-up; overdue assignments',
  })
  @ApiProduces(...Object.values(FORMATS))
  async report(
    @Query() query: ReportQueryDto,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) reply: { header(name: string, value: string): unknown },
  ) {
    const format = formatOf(query.format, accept);
    const report = await this.reads.report(temporal(query));
    reply.header('content-type', FORMATS[format]);
    return format === 'csv' ? reportAsCsv(report, query.separator) : format === 'markdown' ? reportAsMarkdown(report) : report;
  }

  @Get('findings/:findingId/history')
  @Allow('public')
  @ApiOperation({ summary: 'Every event about a finding and the assignments that answer it' })
  history(@Param('findingId') findingId: string, @Query() query: TemporalQueryDto) {
    return this.reads.history(findingId, temporal(query));
  }

  private send(request: FindingsRequest, dto: ProvenanceDto) {
    return this.commands.send((context) => findingsCommand(request, provenanceOf(dto), context));
  }
}
