import { Body, Controller, Get, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProperty } from '@nestjs/swagger';
import { PersonalData, RECORDING_CONTEXT, type PersonalDataStatus, type RecordingContextSource } from '@app/event-store';
import { Allow, RequiredText } from '@app/http-common';
import { PersonalDataErasure } from '../application/personal-data-erasure';

export class PersonLookupDto {
  @ApiProperty({ example: 'Karl S Vestli' })
  @RequiredText(300)
  name!: string;
}

export class ErasureDto {
  @ApiProperty({ example: 'Krav om sletting etter personvernforordningen art. 17, mottatt 2026-11-20' })
  @RequiredText(2000)
  reason!: string;
}

export interface PersonStatus {
  personId: string;
  status: PersonalDataStatus;
}

@ApiTags('access: persons and erasure (GDPR art. 17)')
@Controller('persons')
export class PersonsController {
  constructor(
    private readonly erasure: PersonalDataErasure,
    private readonly personalData: PersonalData,
    @Inject(RECORDING_CONTEXT) private readonly recording: RecordingContextSource,
  ) {}

  // A POST, not a GET: the name of a person about to be erased stays out of URLs and access logs.
  @Post('lookup')
  @HttpCode(200)
  @Allow('secretariat', 'auditor')
  @ApiOperation({ summary: 'The person ids a name may be held under (members are member:<bodyId>:<memberId>); writes nothing' })
  lookup(@Body() dto: PersonLookupDto) {
    return this.erasure.lookup(dto.name);
  }

  @Get(':personId')
  @Allow('secretariat', 'auditor')
  @ApiOperation({ summary: 'Whether personal data of this person is held, or has been erased' })
  status(@Param('personId') personId: string): PersonStatus {
    return { personId, status: this.personalData.status(personId) };
  }

  @Post(':personId/erasure')
  @Allow('secretariat')
  @ApiOperation({ summary: 'Erase a person’s data: reads show "slettet" where it was; the log is untouched and still verifies' })
  erase(@Param('personId') personId: string, @Body() dto: ErasureDto) {
    return this.erasure.erase(personId, dto.reason, this.recording.recording());
  }
}
