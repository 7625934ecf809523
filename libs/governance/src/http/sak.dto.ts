import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsObject, IsIn, IsOptional, Matches, ValidateIf, ValidateNested, ArrayMaxSize } from 'class-validator';
import { CASE_NUMBER_PATTERN, SAKSTYPER, type Sakstype } from '../domain/governance-terms';
import { CLOCK_TIME, IsBusinessDate, OptionalText, ProvenanceDto, RequiredText } from '@app/http-common';
import { BodyYearQueryDto } from './body-year-query.dto';
import { SAK_ROLES, type SakRole } from '../domain/sak.decider';
import { EXEMPTIBLE_FIELDS, type ExemptibleField } from '../domain/publication';

const SAKSTYPE_CODES = Object.keys(SAKSTYPER) as Sakstype[];
const MEETING_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*-\d{4}-\d+$/;

export class PresenterDto {
  @ApiProperty({ example: 'Karl Vestli' })
  @RequiredText(200)
  name!: string;

  @ApiPropertyOptional({ example: 'Direktoratet for e-helse' })
  @OptionalText(200)
  organisation?: string;
}

export class AttachmentDto {
  @ApiProperty({ example: 'Vedlegg 1A' })
  @RequiredText(100)
  name!: string;

  @ApiPropertyOptional({ example: 'Nasjonal e-helsestrategi – endringsområder og utkast til mål' })
  @OptionalText(500)
  title?: string;

  @ApiPropertyOptional({ example: 'https://www.ehelse.no/styrer-og-utvalg/nasjonalt-e-helsestyre' })
  @OptionalText(1000)
  reference?: string;
}

export class RegisterSakDto extends ProvenanceDto {
  @ApiProperty({ example: 'nehs-2022-1', description: 'The meeting whose agenda the sak joins', pattern: MEETING_ID.source })
  @Matches(MEETING_ID, { message: 'meetingId must be a meeting id such as nehs-2022-1' })
  meetingId!: string;

  @ApiProperty({ example: '2/22', description: 'Sak number per body and year', pattern: CASE_NUMBER_PATTERN.source })
  @Matches(CASE_NUMBER_PATTERN, { message: 'number must look like 2/22' })
  number!: string;

  @ApiProperty({ example: 'Ny nasjonal e-helsestrategi fra 2023: Endringsområder og utkast til mål for å oppnå visjonen' })
  @RequiredText(500)
  title!: string;

  @ApiProperty({
    enum: SAKSTYPE_CODES,
    example: 'drofting',
    description: Object.entries(SAKSTYPER)
      .map(([k, v]) => `${k} = ${v}`)
      .join(', '),
  })
  @IsIn(SAKSTYPE_CODES)
  sakstype!: Sakstype;

  @ApiPropertyOptional({ type: PresenterDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => PresenterDto)
  presenter?: PresenterDto;

  @ApiPropertyOptional({ example: '10:35', pattern: CLOCK_TIME.source })
  @IsOptional()
  @Matches(CLOCK_TIME, { message: 'plannedStart must be HH:mm' })
  plannedStart?: string;

  @ApiPropertyOptional({ type: [AttachmentDto], maxItems: 100 })
  @IsOptional()
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => AttachmentDto)
  @ArrayMaxSize(100)
  attachments?: AttachmentDto[];
}

export class AddAttachmentDto extends ProvenanceDto {
  @ApiProperty({ type: AttachmentDto })
  @IsObject()
  @ValidateNested()
  @Type(() => AttachmentDto)
  attachment!: AttachmentDto;
}

export class SakRoleDto extends ProvenanceDto {
  @ApiProperty({
    enum: SAK_ROLES,
    example: 'saksbehandler',
    description: 'presenterer ("Presenterer saken"), fra ("Fra:"), saksbehandler ("Saksbehandler:")',
  })
  @IsIn(SAK_ROLES)
  role!: SakRole;

  @ApiProperty({ type: PresenterDto })
  @IsObject()
  @ValidateNested()
  @Type(() => PresenterDto)
  person!: PresenterDto;
}

export class ContinueSakDto extends ProvenanceDto {
  @ApiProperty({ example: '11:50', description: '"2/22 forts." after the lunch break', pattern: CLOCK_TIME.source })
  @Matches(CLOCK_TIME, { message: 'startTime must be HH:mm' })
  startTime!: string;

  @ApiPropertyOptional({ example: 'forts. etter lunsj' })
  @OptionalText(500)
  note?: string;
}

export class DecisionTextDto extends ProvenanceDto {
  @ApiProperty({ example: 'Nasjonalt e-helsestyre godkjenner innkalling og dagsorden.' })
  @RequiredText(20000)
  text!: string;
}

export class AdoptDecisionDto extends DecisionTextDto {
  @ApiPropertyOptional({ example: '2021-12-09', description: 'Defaults to the meeting date' })
  @IsOptional()
  @IsBusinessDate()
  adoptedOn?: string;
}

export class CorrectDecisionDto extends DecisionTextDto {
  @ApiProperty({ example: 'Ordlyden i referatet var feil gjengitt' })
  @RequiredText(2000)
  reason!: string;
}

export class ApproveMinutesDto extends ProvenanceDto {
  @ApiProperty({ example: 'nehs-2021-3', description: 'The earlier meeting whose referat this sak approves', pattern: MEETING_ID.source })
  @Matches(MEETING_ID, { message: 'minutesOfMeetingId must be a meeting id such as nehs-2021-3' })
  minutesOfMeetingId!: string;
}

export class DecisionRegisterQueryDto extends BodyYearQueryDto {
  @ApiPropertyOptional({ enum: SAKSTYPE_CODES, example: 'anbefaling' })
  @IsOptional()
  @IsIn(SAKSTYPE_CODES)
  sakstype?: Sakstype;
}

export class PublishSakDto extends ProvenanceDto {
  @ApiProperty({
    enum: ['sent', 'published'],
    example: 'published',
    description: '`sent` with the innkalling (the public sees the sak on the agenda), or `published` (its papers and proposal too)',
  })
  @IsIn(['sent', 'published'])
  state!: 'sent' | 'published';
}

export class RecordExemptionDto extends ProvenanceDto {
  @ApiProperty({
    enum: ['sak', 'field', 'attachment'],
    example: 'field',
    description: 'What is withheld: the whole sak, one field, or one attachment',
  })
  @IsIn(['sak', 'field', 'attachment'])
  scope!: 'sak' | 'field' | 'attachment';

  // Checked whenever it is given: with another scope it would otherwise pass unchecked.
  @ApiPropertyOptional({ enum: EXEMPTIBLE_FIELDS, example: 'proposal', description: 'With scope `field`' })
  @ValidateIf((dto: RecordExemptionDto, value: unknown) => dto.scope === 'field' || value !== undefined)
  @IsIn(EXEMPTIBLE_FIELDS)
  field?: ExemptibleField;

  @ApiPropertyOptional({ example: 'Vedlegg 1', description: 'With scope `attachment`: its name' })
  @ValidateIf((dto: RecordExemptionDto, value: unknown) => dto.scope === 'attachment' || value !== undefined)
  @RequiredText(200)
  attachment?: string;

  @ApiProperty({ example: 'offentleglova § 14', description: 'The law and section the exemption rests on' })
  @RequiredText(300)
  legalBasis!: string;

  @ApiPropertyOptional({ example: 'Organinternt dokument' })
  @OptionalText(2000)
  note?: string;
}

export class LiftExemptionDto extends ProvenanceDto {
  @ApiProperty({ example: 'Grunnlaget for skjerming er falt bort' })
  @RequiredText(2000)
  reason!: string;
}
