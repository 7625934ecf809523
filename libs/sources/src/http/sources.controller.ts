import { Body, Controller, Get, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CLOCK } from '@app/event-store';
import {
  CommandGateway,
  TemporalQueryDto,
  provenanceOf,
  temporal,
  type SourcedDto,
  Allow,
  VIEWER,
  type ViewerSource,
} from '@app/http-common';
import { DISCLOSURE, type Disclosure } from '../application/disclosure';
import { NotFound, resolveTemporalQuery, type Clock } from '@app/shared-kernel';
import { HandleSourcesCommand, type SourcesRequest } from '../application/sources-commands';
import { SourceRegister } from '../application/source-register';
import { DocumentDto, SourceConflictDto } from './sources.dto';

@ApiTags('sources: documents and where they disagree')
@Controller()
export class SourcesController {
  constructor(
    private readonly commands: CommandGateway,
    private readonly register: SourceRegister,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(VIEWER) private readonly viewers: ViewerSource,
    @Inject(DISCLOSURE) private readonly disclosure: Disclosure,
  ) {}

  @Post('documents')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Register a source document (title, kind, date, issuer, SHA-256 of the file); writes cite it by id' })
  registerDocument(@Body() dto: DocumentDto) {
    const { documentId, title, kind, date, dateBasis, dateNote, issuer, sha256 } = dto;
    return this.send(
      { aggregate: 'document', data: { documentId, title, kind, date, dateBasis, ...(dateNote ? { dateNote } : {}), issuer, sha256 } },
      {},
    );
  }

  @Get('documents')
  @Allow('public')
  @ApiOperation({ summary: 'The registered source documents, by date' })
  async documents() {
    await this.register.ready();
    return this.register.allDocuments();
  }

  @Get('documents/:documentId')
  @Allow('public')
  @ApiOperation({ summary: 'One source document' })
  async document(@Param('documentId') documentId: string) {
    await this.register.ready();
    const document = this.register.document(documentId);
    if (!document) throw new NotFound('DOCUMENT.NOT_FOUND', `No source document ${documentId}`);
    return document;
  }

  @Post('source-conflicts')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Record that sources disagree about a value, with each reading and where it stands' })
  recordConflict(@Body() dto: SourceConflictDto) {
    const { conflictId, about, field, readings, note } = dto;
    const data = { conflictId, about, field, readings: readings.map((r) => ({ ...r })), ...(note ? { note } : {}) };
    return this.send({ aggregate: 'conflict', data }, dto);
  }

  @Get('source-conflicts')
  @Allow('public')
  @ApiOperation({ summary: 'Every recorded disagreement between sources (as known at ?knownAt=)' })
  async conflicts(@Query() query: TemporalQueryDto) {
    const resolved = resolveTemporalQuery(temporal(query), this.clock);
    await this.register.ready();
    const viewer = this.viewers.viewer();
    const conflicts = this.register.allConflicts(resolved);
    const withheld = await this.disclosure.withheldOf(
      conflicts.map((c) => c.about),
      viewer,
    );
    return conflicts.filter((c) => !withheld.has(c.about));
  }

  private send(request: SourcesRequest, dto: SourcedDto) {
    return this.commands.send((context) => new HandleSourcesCommand(request, provenanceOf(dto), context));
  }
}
