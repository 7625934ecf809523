import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayNotEmpty, IsBoolean, IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { CASE_NUMBER_PATTERN, MEETING_KINDS, SLUG_PATTERN, type MeetingKind } from '../domain/governance-terms';
import { CLOCK_TIME, IsBusinessDate, ProvenanceDto } from './provenance.dto';
import { TemporalQueryDto } from './temporal-query.dto';

export class ScheduleMeetingDto extends ProvenanceDto {
  @ApiProperty({ example: 'nehs' })
  @Matches(SLUG_PATTERN, { message: 'bodyId must be lower-case letters, digits and dashes' })
  bodyId!: string;

  @ApiProperty({ example: '1/22', description: 'Meeting number per body and year' })
  @Matches(CASE_NUMBER_PATTERN, { message: 'number must look like 1/22' })
  number!: string;

  @ApiProperty({ example: '2022-02-04' })
  @IsBusinessDate()
  date!: string;

  @ApiPropertyOptional({ example: '10:30' })
  @IsOptional()
  @Matches(CLOCK_TIME, { message: 'startTime must be HH:mm' })
  startTime?: string;

  @ApiPropertyOptional({ example: '13:00' })
  @IsOptional()
  @Matches(CLOCK_TIME, { message: 'endTime must be HH:mm' })
  endTime?: string;

  @ApiPropertyOptional({ example: 'Videomøte' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  place?: string;

  @ApiPropertyOptional({ enum: MEETING_KINDS, default: 'ordinary', example: 'extra' })
  @IsOptional()
  @IsIn(MEETING_KINDS)
  kind?: MeetingKind;
}

export class CancelMeetingDto extends ProvenanceDto {
  @ApiProperty({ example: 'Utsatt til 30. mars' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;
}

export class AttendanceDto {
  @ApiProperty({ example: 'ivar-halvorsen' })
  @Matches(SLUG_PATTERN, { message: 'memberId must be lower-case letters, digits and dashes' })
  memberId!: string;

  @ApiProperty({ example: true })
  @IsBoolean()
  present!: boolean;
}

export class RecordAttendanceDto extends ProvenanceDto {
  @ApiProperty({ type: [AttendanceDto] })
  @ArrayNotEmpty()
  @ValidateNested({ each: true })
  @Type(() => AttendanceDto)
  attendance!: AttendanceDto[];
}

export class AnnouncedMeetingDto {
  @ApiProperty({ example: '2022-03-30' })
  @IsBusinessDate()
  date!: string;

  @ApiPropertyOptional({ example: 'nufa', description: 'When another body meets' })
  @IsOptional()
  @Matches(SLUG_PATTERN, { message: 'bodyId must be lower-case letters, digits and dashes' })
  bodyId?: string;

  @ApiPropertyOptional({ example: 'Ekstraordinært møte: forslag til ny e-helsestrategi' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;
}

export class AnnounceNextMeetingsDto extends ProvenanceDto {
  @ApiProperty({ type: [AnnouncedMeetingDto] })
  @ArrayNotEmpty()
  @ValidateNested({ each: true })
  @Type(() => AnnouncedMeetingDto)
  meetings!: AnnouncedMeetingDto[];
}

export class MeetingListQueryDto extends TemporalQueryDto {
  @ApiPropertyOptional({ example: 'nehs' })
  @IsOptional()
  @Matches(SLUG_PATTERN, { message: 'body must be a body id' })
  body?: string;

  @ApiPropertyOptional({ example: '2022' })
  @IsOptional()
  @Matches(/^\d{4}$/, { message: 'year must be a four-digit year' })
  year?: string;
}

export class MinutesQueryDto extends TemporalQueryDto {
  @ApiPropertyOptional({ enum: ['markdown', 'html'], description: 'Overrides the Accept header; Markdown by default' })
  @IsOptional()
  @IsIn(['markdown', 'html'])
  format?: 'markdown' | 'html';
}
