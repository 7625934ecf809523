import { Allow } from '@app/http-common';
import { Controller, Get, Header, HttpCode, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import type { FastifyReply } from 'fastify';
import { LogAuditor, type LogCheckpoint, type LogVerification, type VerificationScope } from '@app/event-store';
import { NotFound } from '@app/shared-kernel';

export class VerifyQuery {
  @ApiPropertyOptional({
    enum: ['full', 'new'],
    default: 'full',
    description: '`full`: the whole log; `new`: the last verified events again, then what was appended since the last verification',
  })
  @IsOptional()
  @IsIn(['full', 'new'])
  scope?: VerificationScope;
}

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly auditor: LogAuditor) {}

  @Get('verify')
  @Allow('auditor', 'secretariat')
  @ApiOperation({
    summary: 'Verify the log: every stream’s hash chain, the chain over the whole log, the signed checkpoints',
    description:
      'ok=false names the first problem and the event it is found at: an event whose data or metadata does not match its hashes, ' +
      'an event deleted, inserted, moved or rewritten since the log was last verified, a log shorter than before or than a ' +
      'checkpoint covers. Runs in slices that let other requests through; concurrent calls share one run.',
  })
  verify(@Query() query: VerifyQuery): Promise<LogVerification> {
    return this.auditor.verify(query.scope ?? 'full');
  }

  @Get('checkpoints')
  @Allow('public')
  @ApiOperation({ summary: 'The signed checkpoints of the log head, oldest first: keep them to verify an export offline' })
  checkpoints(): Promise<LogCheckpoint[]> {
    return this.auditor.checkpoints();
  }

  @Get('checkpoints/latest')
  @Allow('public')
  @ApiOperation({ summary: 'The newest signed checkpoint (save it as the file `npm run verify -- --checkpoint` reads)' })
  @ApiNotFoundResponse({ description: 'No checkpoint has been signed yet' })
  async latest(): Promise<LogCheckpoint> {
    const latest = (await this.auditor.checkpoints()).at(-1);
    if (!latest) throw new NotFound('AUDIT.NO_CHECKPOINT', 'No checkpoint has been signed yet');
    return latest;
  }

  @Post('checkpoints')
  @Allow('secretariat', 'auditor', 'admin')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Sign a checkpoint of the log head now (201), or get the latest when only checkpoints were recorded since (200)',
  })
  @ApiCreatedResponse({ description: 'Signed: a checkpoint of the log head now' })
  @ApiOkResponse({ description: 'Only checkpoints were recorded since the latest: the latest' })
  async sign(@Res({ passthrough: true }) reply: FastifyReply): Promise<LogCheckpoint> {
    const { checkpoint, created } = await this.auditor.sign();
    if (created) reply.status(201);
    return checkpoint;
  }

  @Get('signing-key')
  @Allow('public')
  @Header('Content-Type', 'application/x-pem-file')
  @ApiOperation({ summary: 'The public key checkpoints are signed with (PEM): keep it to pin with `npm run verify -- --public-key`' })
  signingKey(): string {
    return this.auditor.publicKeyPem;
  }
}
