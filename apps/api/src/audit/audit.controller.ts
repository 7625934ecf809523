import { Allow } from '@app/http-common';
import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { EventLog, type ChainVerification } from '@app/event-store';

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly log: EventLog) {}

  @Get('verify')
  @Allow('auditor', 'secretariat')
  @ApiOperation({
    summary: "Recompute every stream's hash chain",
    description: 'ok=false names the first event whose data or metadata does not match its recorded hashes.',
  })
  @ApiOkResponse({ description: '{ ok, eventsChecked, streamsChecked, firstBreak? }' })
  verify(): Promise<ChainVerification> {
    return this.log.verify();
  }
}
