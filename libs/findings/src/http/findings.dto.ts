import { CSV_SEPARATORS, type CsvSeparator } from '@app/shared-kernel';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsObject, ArrayNotEmpty, IsIn, IsOptional, Matches, ValidateNested, ArrayMaxSize } from 'class-validator';
import { IsBusinessDate, IsSlug, OptionalText, ProvenanceDto, RequiredText, TemporalQueryDto } from '@app/http-common';
import {
  ASSIGNMENT_STATUSES,
  GRADES,
  LINK_KINDS,
  REPORT_KINDS,
  type AssignmentStatus,
  type Grade,
  type LinkKind,
  type ReportKind,
} from '../domain/findings-terms';

const SAK_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*-\d{4}-\d+$/;
const GRADE_CODES = Object.keys(GRADES) as Grade[];

export class AuditReportDto extends ProvenanceDto {
  @ApiProperty({ example: 'en-innbygger-en-journal' })
  @IsSlug()
  reportId!: string;

  @ApiProperty({ example: 'Undersøkelse av styring av arbeidet med Én innbygger – én journal' })
  @RequiredText(500)
  title!: string;

  @ApiProperty({ enum: REPORT_KINDS, example: 'forvaltningsrevisjon' })
  @IsIn(REPORT_KINDS)
  kind!: ReportKind;

  @ApiProperty({ example: '2021-06-01' })
  @IsBusinessDate()
  publishedOn!: string;

  @ApiPropertyOptional({ example: 'nehs-2021-25', description: 'The sak where it was presented (sak 25/21)', pattern: SAK_ID.source })
  @IsOptional()
  @Matches(SAK_ID, { message: 'presentedIn must be a sak id such as nehs-2021-25' })
  presentedIn?: string;
}

export class FindingDto extends ProvenanceDto {
  @ApiProperty({ example: 'pll-forsinket' })
  @IsSlug()
  findingId!: string;

  @ApiProperty({ example: 'en-innbygger-en-journal' })
  @IsSlug()
  reportId!: string;

  @ApiProperty({
    enum: GRADE_CODES,
    example: 'alvorlig',
    description: Object.entries(GRADES)
      .map(([k, v]) => `${k} = ${v}`)
      .join(', '),
  })
  @IsIn(GRADE_CODES)
  grade!: Grade;

  @ApiProperty({ example: 'Innføringen av Pasientens legemiddelliste er forsinket' })
  @RequiredText(5000)
  text!: string;

  @ApiPropertyOptional({
    example: 'Helse- og omsorgsdepartementet',
    description: 'Who the finding concerns, only where the report names them',
  })
  @OptionalText(300)
  concerns?: string;
}

export class LinkDto {
  @ApiProperty({ enum: LINK_KINDS, example: 'sak' })
  @IsIn(LINK_KINDS)
  kind!: LinkKind;

  @ApiProperty({ example: 'nehs-2021-25', description: 'sak id, goal id, goalId/measureCode for a measure, or an audit report id' })
  @RequiredText(200)
  ref!: string;

  @ApiPropertyOptional({ example: 'tiltak her adresseres i etterlevelsesrevisjonen' })
  @OptionalText(2000)
  note?: string;
}

export class LinksDto extends ProvenanceDto {
  @ApiProperty({ type: [LinkDto], minItems: 1, maxItems: 50 })
  @ArrayNotEmpty()
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => LinkDto)
  @ArrayMaxSize(50)
  links!: LinkDto[];
}

export class AssignmentDto extends ProvenanceDto {
  @ApiProperty({ example: 'pll' })
  @IsSlug()
  assignmentId!: string;

  @ApiProperty({ example: 'Pasientens legemiddelliste' })
  @RequiredText(500)
  title!: string;

  @ApiProperty({ example: 'Tillegg til tildelingsbrev nr. 5' })
  @RequiredText(300)
  givenIn!: string;

  @ApiProperty({ example: 'Direktoratet for e-helse' })
  @RequiredText(300)
  owner!: string;

  @ApiPropertyOptional({ example: '2022-12-31' })
  @IsOptional()
  @IsBusinessDate()
  dueOn?: string;

  @ApiProperty({ example: ['pll-forsinket'], maxItems: 50 })
  @IsSlug({ each: true })
  @ArrayMaxSize(50)
  answersFindings!: string[];
}

export class StatusDto extends ProvenanceDto {
  @ApiProperty({ enum: ASSIGNMENT_STATUSES, example: 'in_progress' })
  @IsIn(ASSIGNMENT_STATUSES)
  status!: AssignmentStatus;

  @ApiProperty({ example: '2022-02-04' })
  @IsBusinessDate()
  reportedOn!: string;

  @ApiProperty({ example: 'Utprøving i Bergen kommune er startet' })
  @RequiredText(5000)
  text!: string;

  @ApiPropertyOptional({ example: 'nehs-2022-2', pattern: SAK_ID.source })
  @IsOptional()
  @Matches(SAK_ID, { message: 'reportedIn must be a sak id such as nehs-2022-2' })
  reportedIn?: string;
}

export class ReportQueryDto extends TemporalQueryDto {
  @ApiPropertyOptional({ enum: ['json', 'markdown', 'csv'], description: 'Overrides the Accept header; JSON by default' })
  @IsOptional()
  @IsIn(['json', 'markdown', 'csv'])
  format?: 'json' | 'markdown' | 'csv';

  @ApiPropertyOptional({
    enum: CSV_SEPARATORS,
    description: 'For CSV: `comma` (RFC 4180, the default) or `semicolon` with a byte-order mark, as Norwegian spreadsheets expect',
  })
  @IsOptional()
  @IsIn(CSV_SEPARATORS)
  separator?: CsvSeparator;
}
